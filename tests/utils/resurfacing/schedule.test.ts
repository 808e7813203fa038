import { describe, expect, it } from 'vitest';
import {
  answer,
  DAILY_CAP,
  DAY,
  dueFavorite,
  EMPTY_RESURFACE,
  FIRST_HALF_LIFE,
  type Frequency,
  overdue,
  parseResurface,
  type ResurfaceState,
  recordOrdinary,
  recordReturn,
} from '../../../utils/resurfacing/schedule';
import { localDate } from '../../../utils/rotation/period';

const START = Date.UTC(2026, 0, 1, 12);
const HOUR = DAY / 24;

interface Shown {
  id?: string;
  at: number;
}

/**
 * A year of daily use: 50 favorites saved two a day over the first 25 days, 20 tabs a day from
 * 07:00 to 22:00 UTC, every return met with silence ("Later"). `clock` may bend the time.
 */
function simulate(
  timeZone: string,
  frequency: Frequency = 'sometimes',
  clock: (day: number, time: number) => number = (_day, time) => time,
) {
  const favorites: { lessonId: string; savedAt: number }[] = [];
  let state: ResurfaceState = EMPTY_RESURFACE;
  const shown: Shown[] = [];
  const lateness: { day: number; days: number }[] = [];
  for (let day = 0; day < 365; day++) {
    if (day < 25)
      for (const n of [0, 1]) favorites.push({ lessonId: `fav-${day * 2 + n}`, savedAt: START + day * DAY });
    for (let tab = 0; tab < 20; tab++) {
      const now = clock(day, START + day * DAY - 5 * HOUR + tab * 45 * 60 * 1000);
      const id = dueFavorite(state, favorites, frequency, { now, timeZone });
      if (id) {
        const saved = favorites.find((f) => f.lessonId === id)?.savedAt as number;
        const entry = state.entries[id] ?? { halfLife: FIRST_HALF_LIFE, seenAt: saved };
        // How long past its due time it waited, in days.
        lateness.push({ day, days: ((overdue(entry, now) - 1) * entry.halfLife) / DAY });
        state = recordReturn(state, id, saved, { now, timeZone });
      } else state = recordOrdinary(state);
      shown.push({ id, at: now });
    }
  }
  return { favorites, state, shown, lateness };
}

describe('favorites that come back, over a year of daily use', () => {
  for (const timeZone of ['UTC', 'America/New_York', 'Pacific/Auckland']) {
    describe(`in ${timeZone}`, () => {
      const run = simulate(timeZone);
      const returns = (id: string) => run.shown.filter((s) => s.id === id).map((s) => s.at);

      it('brings every favorite back, more than once', () => {
        for (const { lessonId } of run.favorites)
          expect(returns(lessonId).length, lessonId).toBeGreaterThan(3);
      });

      it('spaces each favorite’s returns further and further apart', () => {
        for (const { lessonId } of run.favorites) {
          const at = returns(lessonId);
          const gaps = at.slice(1).map((time, i) => time - (at[i] as number));
          expect(gaps.at(-1) as number, lessonId).toBeGreaterThan((gaps[0] as number) * 4);
        }
      });

      it('starves none: a due favorite comes back within days of its due time', () => {
        // The worst waits are in the first weeks, when 50 new favorites come due faster than the
        // cap lets them through: no longer than it takes to work through all of them.
        const waits = run.lateness.map((l) => l.days);
        expect(Math.max(...waits)).toBeLessThan(run.favorites.length / DAILY_CAP.sometimes + 2);
        // Once intervals have grown, a due favorite comes back within a couple of days.
        const later = run.lateness.filter((l) => l.day >= 120).map((l) => l.days);
        expect(Math.max(...later)).toBeLessThan(2);
      });

      it('holds the daily cap, never shows two in a row, nor one twice a day', () => {
        const perDay = new Map<string, string[]>();
        run.shown.forEach((s, i) => {
          if (!s.id) return;
          expect(run.shown[i - 1]?.id, 'two in a row').toBeUndefined();
          const date = localDate(s.at, timeZone);
          perDay.set(date, [...(perDay.get(date) ?? []), s.id]);
        });
        for (const [date, ids] of perDay) {
          expect(ids.length, date).toBeLessThanOrEqual(DAILY_CAP.sometimes);
          expect(new Set(ids).size, date).toBe(ids.length);
        }
      });
    });
  }

  it('shows more with "Often" and none with "Never"', () => {
    const count = (frequency: Frequency) => simulate('UTC', frequency).shown.filter((s) => s.id).length;
    expect(count('often')).toBeGreaterThan(count('sometimes'));
    expect(count('never')).toBe(0);
  });

  it('survives a clock that jumps back a day, then forward a year', () => {
    const bent = (day: number, time: number) =>
      day >= 100 && day < 103 ? time - DAY : day >= 200 ? time + 365 * DAY : time;
    const run = simulate('Europe/Paris', 'sometimes', bent);
    const perDay = new Map<string, number>();
    for (const s of run.shown)
      if (s.id)
        perDay.set(localDate(s.at, 'Europe/Paris'), (perDay.get(localDate(s.at, 'Europe/Paris')) ?? 0) + 1);
    for (const count of perDay.values()) expect(count).toBeLessThanOrEqual(DAILY_CAP.sometimes);
    // After the jump every favorite is overdue: they come back a few a day, not all at once.
    const after = run.shown.filter((s) => s.id && s.at > START + 565 * DAY);
    expect(after.length).toBeGreaterThan(0);
  });
});

describe('an answer', () => {
  const saved = START;
  const back = recordReturn(EMPTY_RESURFACE, 'a', saved, { now: saved + 3 * DAY });

  it('replaces the "Later" that silence gave', () => {
    const later = back.entries.a?.halfLife as number;
    expect(answer(back, 'a', 'soon').entries.a?.halfLife).toBeLessThan(later);
    expect(answer(back, 'a', 'much-later').entries.a?.halfLife).toBeGreaterThan(later);
    // Answering twice does not compound.
    expect(answer(answer(back, 'a', 'soon'), 'a', 'soon').entries.a?.halfLife).toBe(
      answer(back, 'a', 'soon').entries.a?.halfLife,
    );
  });

  it('for a favorite with no schedule changes nothing', () => {
    expect(answer(EMPTY_RESURFACE, 'z', 'soon')).toBe(EMPTY_RESURFACE);
  });
});

describe('a stored schedule', () => {
  it('reads back what was kept', () => {
    const kept = recordReturn(EMPTY_RESURFACE, 'a', START, { now: START + 3 * DAY });
    expect(parseResurface(JSON.parse(JSON.stringify(kept)))).toEqual(kept);
  });

  it('reads damaged values as what can be trusted of them', () => {
    expect(parseResurface('nonsense')).toEqual(EMPTY_RESURFACE);
    expect(
      parseResurface({ entries: { a: { halfLife: -1, seenAt: 0 }, b: { halfLife: DAY, seenAt: 'x' } } }),
    ).toEqual(EMPTY_RESURFACE);
    expect(parseResurface({ day: { date: '2026-01-01', ids: ['a', 3] } }).day).toEqual({
      date: '2026-01-01',
      ids: ['a'],
    });
  });
});
