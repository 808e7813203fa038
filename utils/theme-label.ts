/** 'going-global' → 'Going global'. */
export function themeLabel(theme: string): string {
  const words = theme.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
