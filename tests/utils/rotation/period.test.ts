import { describe, expect, it } from 'vitest';
import { isSamePeriod, localDate } from '../../../utils/rotation/period';

const at = (iso: string) => Date.parse(iso);

describe('localDate', () => {
  it.each([
    ['2026-11-21T23:30:00Z', 'UTC', '2026-11-21'],
    ['2026-11-21T23:30:00Z', 'Asia/Tokyo', '2026-11-22'],
    ['2026-11-22T04:30:00Z', 'America/New_York', '2026-11-21'],
    ['2026-11-21T18:45:00Z', 'Asia/Kolkata', '2026-11-22'],
  ])('%s in %s is %s', (iso, zone, date) => {
    expect(localDate(at(iso), zone)).toBe(date);
  });

  it.each(['Europe/Paris', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata'])(
    "in the browser's own zone (%s, read from Date, not Intl) agrees with Intl every hour of a year",
    (zone) => {
      const before = process.env.TZ;
      // Node applies a new TZ at once, to Date and to Intl's default.
      process.env.TZ = zone;
      try {
        const intl = new Intl.DateTimeFormat('en-CA', { timeZone: zone, dateStyle: 'short' });
        const start = at('2026-01-01T00:30:00Z');
        for (let time = start; time < start + 366 * 24 * 3_600_000; time += 3_600_000)
          expect(localDate(time), new Date(time).toISOString()).toBe(intl.format(time));
      } finally {
        if (before === undefined) delete process.env.TZ;
        else process.env.TZ = before;
      }
    },
  );
});

describe('isSamePeriod', () => {
  it('every tab: never the same', () => {
    expect(isSamePeriod('every-tab', 0, 1)).toBe(false);
  });

  it.each([
    [0, true],
    [59 * 60_000, true],
    [60 * 60_000 - 1, true],
    [60 * 60_000, false],
    [5 * 60 * 60_000, false],
  ])('hourly: %i ms later is same=%s', (elapsed, same) => {
    const start = at('2026-11-21T10:20:00Z');
    expect(isSamePeriod('hourly', start, start + elapsed)).toBe(same);
  });

  it.each([
    [
      'just before and after local midnight',
      '2026-11-21T23:59:00-05:00',
      '2026-11-22T00:01:00-05:00',
      'America/New_York',
      false,
    ],
    [
      'morning and late evening of one day',
      '2026-11-21T07:00:00-05:00',
      '2026-11-21T23:59:59-05:00',
      'America/New_York',
      true,
    ],
    [
      'a UTC date change that is not a local one',
      '2026-11-21T20:00:00-05:00',
      '2026-11-21T21:30:00-05:00',
      'America/New_York',
      true,
    ],
    ['a half-hour zone', '2026-11-21T23:50:00+05:30', '2026-11-22T00:10:00+05:30', 'Asia/Kolkata', false],
    // 8 March 2026: clocks in New York jump from 02:00 to 03:00; the day is 23 hours long.
    [
      'the spring-forward day',
      '2026-03-08T00:30:00-05:00',
      '2026-03-08T23:30:00-04:00',
      'America/New_York',
      true,
    ],
    [
      'the night after spring-forward',
      '2026-03-08T23:30:00-04:00',
      '2026-03-09T00:30:00-04:00',
      'America/New_York',
      false,
    ],
    // 25 October 2026: Paris falls back from 03:00 to 02:00; the day is 25 hours long.
    ['the fall-back day', '2026-10-25T00:30:00+02:00', '2026-10-25T23:30:00+01:00', 'Europe/Paris', true],
    [
      'the repeated hour of fall-back',
      '2026-10-25T02:30:00+02:00',
      '2026-10-25T02:30:00+01:00',
      'Europe/Paris',
      true,
    ],
  ])('daily: %s', (_name, first, second, zone, same) => {
    expect(isSamePeriod('daily', at(first), at(second), zone)).toBe(same);
  });

  it('starts afresh when the clock goes backwards', () => {
    expect(isSamePeriod('daily', at('2026-11-21T10:00:00Z'), at('2026-11-21T09:00:00Z'), 'UTC')).toBe(false);
  });
});
