import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
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
  useEffect(() => {
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
