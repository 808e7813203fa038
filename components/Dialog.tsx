import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import './Dialog.css';

export interface DialogProps {
  open: boolean;
  title: string;
  closeLabel: string;
  onClose: () => void;
  children: ComponentChildren;
}

/** A modal panel (favorites, shortcuts): focus stays inside, Escape closes it. */
export function Dialog({ open, title, closeLabel, onClose, children }: DialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  // Before paint, so keys pressed right after opening already land inside the dialog.
  useLayoutEffect(() => {
    const element = dialog.current;
    if (open && !element?.open) element?.showModal();
    if (!open && element?.open) element.close();
  }, [open]);

  return (
    <dialog ref={dialog} class="dialog" aria-label={title} onClose={onClose}>
      <header class="dialog__header">
        <h2>{title}</h2>
        <button type="button" class="dialog__close" aria-label={closeLabel} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      {open && children}
    </dialog>
  );
}
