/** Keyboard shortcuts of the new tab, as a pure mapping from a key event to an action. */

export type ShortcutAction = 'next' | 'previous' | 'favorite' | 'copy' | 'note' | 'hide' | 'help';

export interface KeyLike {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  /** The focused element's tag and editability, so typing in a field never triggers a shortcut. */
  target: { tagName?: string; isContentEditable?: boolean } | null;
}

const TYPING_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

export function shortcutFor(event: KeyLike): ShortcutAction | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey) return undefined;
  const target = event.target;
  if (target && (target.isContentEditable || TYPING_TAGS.has(target.tagName ?? ''))) return undefined;
  if (event.key === 'ArrowRight') return 'next';
  if (event.key === 'ArrowLeft') return 'previous';
  if (event.key === 'f' || event.key === 'F') return 'favorite';
  if (event.key === 'c' || event.key === 'C') return 'copy';
  if (event.key === 'n' || event.key === 'N') return 'note';
  if (event.key === 'h' || event.key === 'H') return 'hide';
  if (event.key === '?') return 'help';
  return undefined;
}
