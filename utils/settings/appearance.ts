import type { Appearance } from './settings';

/**
 * Pins light or dark on the page, or lets the system decide (see components/theme.css). The
 * color-scheme meta follows, so even the browser's canvas before any CSS has the right colour.
 */
export function applyAppearance(appearance: Appearance, root: HTMLElement = document.documentElement): void {
  if (appearance === 'system') delete root.dataset.appearance;
  else root.dataset.appearance = appearance;
  root.ownerDocument
    .querySelector('meta[name="color-scheme"]')
    ?.setAttribute('content', appearance === 'system' ? 'light dark' : appearance);
}
