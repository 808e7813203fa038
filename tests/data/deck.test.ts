import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DECK_INDEX } from '../../data/deck-index';
import { THEMES } from '../../data/lesson';
import { LESSONS } from '../../data/lessons';
import { SOURCES } from '../../data/sources';

const seedText = (file: string) => readFileSync(join(__dirname, '../fixtures/seeds', file), 'utf8');

describe('the deck', () => {
  it('has at least 36 cards', () => {
    expect(LESSONS.length).toBeGreaterThanOrEqual(36);
  });

  it('has an index (what a new tab deals from) equal to the cards’ ids and themes, in order', () => {
    expect(DECK_INDEX).toEqual(LESSONS.map((lesson) => [lesson.id, lesson.themes]));
  });

  it('has unique kebab-case ids', () => {
    const ids = LESSONS.map((lesson) => lesson.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('uses only known themes, each on at least 3 cards', () => {
    const counts = new Map<string, number>();
    for (const lesson of LESSONS) {
      expect(lesson.themes.length).toBeGreaterThan(0);
      expect(new Set(lesson.themes).size).toBe(lesson.themes.length);
      for (const theme of lesson.themes) {
        expect(THEMES).toContain(theme);
        counts.set(theme, (counts.get(theme) ?? 0) + 1);
      }
    }
    for (const theme of THEMES) expect(counts.get(theme) ?? 0, theme).toBeGreaterThanOrEqual(3);
  });

  it('draws on every source article', () => {
    const used = new Set(LESSONS.map((lesson) => lesson.source));
    expect([...used].toSorted()).toEqual(Object.keys(SOURCES).toSorted());
  });

  it.each(LESSONS.map((lesson) => [lesson.id, lesson] as const))(
    '%s has no empty field and fits a screen',
    (_id, lesson) => {
      const texts = [lesson.title, lesson.body, lesson.tryThis, lesson.quote?.text, lesson.quote?.speaker];
      for (const text of texts) if (text !== undefined) expect(text.trim()).not.toBe('');
      expect(lesson.title.length).toBeLessThanOrEqual(70);
      expect(lesson.body.length).toBeLessThanOrEqual(360);
      expect(lesson.body.split(/(?<=[.!?])\s+(?=[A-Z“"])/).length).toBeLessThanOrEqual(3);
      expect(lesson.tryThis?.length ?? 0).toBeLessThanOrEqual(180);
      expect(lesson.quote?.text.length ?? 0).toBeLessThanOrEqual(280);
    },
  );

  it.each(LESSONS.filter((lesson) => lesson.quote).map((lesson) => [lesson.id, lesson] as const))(
    '%s quotes its source verbatim',
    (_id, lesson) => {
      const quote = lesson.quote as NonNullable<typeof lesson.quote>;
      expect(seedText(SOURCES[lesson.source].file)).toContain(quote.text);
      expect(quote.lang).toBe(SOURCES[lesson.source].lang === 'fr' ? 'fr' : 'en');
    },
  );

  it('never uses the same quote twice', () => {
    const quotes = LESSONS.flatMap((lesson) => (lesson.quote ? [lesson.quote.text] : []));
    expect(new Set(quotes).size).toBe(quotes.length);
  });
});
