import type { Appearance } from './settings';

/** Pins light or dark on the page, or lets the system decide (see components/theme.css). */
export function applyAppearance(appearance: Appearance, root: HTMLElement = document.documentElement): void {
  if (appearance === 'system') delete root.dataset.appearance;
  else root.dataset.appearance = appearance;
}
