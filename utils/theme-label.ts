import type { Theme } from '../data/lesson';

/** 'going-global' → 'Going global'. */
export function themeLabel(theme: Theme): string {
  const words = theme.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
