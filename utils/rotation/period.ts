/**
 * How long a new tab keeps showing the same lesson: every tab, an hour, or a calendar day that
 * changes at local midnight. Pure: the clock and the time zone are passed in.
 */
import type { RotationMode } from '../settings/settings';

const HOUR = 60 * 60 * 1000;

/**
 * The calendar date (YYYY-MM-DD) of an instant in a time zone (the browser's own when none is
 * given), DST included.
 */
export function localDate(time: number, timeZone?: string): string {
  // The browser's zone from Date's own fields: a new tab asks this before its first paint, and
  // Intl.DateTimeFormat costs a fresh page about 20 ms to set up.
  if (timeZone === undefined) {
    const date = new Date(time);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  }
  const options = { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' } as const;
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', options).format(time);
}

/** Whether a lesson shown at `shownAt` is still the one to show at `now`. */
export function isSamePeriod(mode: RotationMode, shownAt: number, now: number, timeZone?: string): boolean {
  if (now < shownAt) return false; // The clock went back: start afresh rather than trust it.
  if (mode === 'hourly') return now - shownAt < HOUR;
  if (mode === 'daily') return localDate(shownAt, timeZone) === localDate(now, timeZone);
  return false;
}
