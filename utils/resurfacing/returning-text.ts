/** How a favorite coming back speaks of time, in the page's language (pure: the clock comes in). */
import type { Lang } from '../../data/lesson';
import { DAY } from './schedule';

/** "3 May 2026": the day a favorite was saved. */
export function savedOnText(savedAt: number, lang: Lang, timeZone?: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone }).format(savedAt);
}

/** "in 5 days", "in 3 weeks", "in 2 months": roughly when a favorite comes back. */
export function comesBackText(dueAt: number, now: number, lang: Lang): string {
  const days = Math.max(1, Math.round((dueAt - now) / DAY));
  const format = new Intl.RelativeTimeFormat(lang, { numeric: 'always' });
  if (days < 14) return format.format(days, 'day');
  if (days < 60) return format.format(Math.round(days / 7), 'week');
  return format.format(Math.round(days / 30), 'month');
}
