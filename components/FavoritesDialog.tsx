import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import './FavoritesDialog.css';

export interface FavoritesDialogProps {
  open: boolean;
  onClose: () => void;
  children: ComponentChildren;
}

/** The favorites panel: a modal dialog, so focus stays inside and Escape closes it. */
export function FavoritesDialog({ open, onClose, children }: FavoritesDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (open && !element?.open) element?.showModal();
    if (!open && element?.open) element.close();
  }, [open]);

  return (
    <dialog ref={dialog} class="favorites-dialog" aria-labelledby="favorites-dialog-title" onClose={onClose}>
      <header class="favorites-dialog__header">
        <h2 id="favorites-dialog-title">Favorites</h2>
        <button type="button" class="favorites-dialog__close" aria-label="Close favorites" onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      {open && children}
    </dialog>
  );
}
