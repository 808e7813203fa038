import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DECK_INDEX } from '../../data/deck-index';
import { THEMES } from '../../data/lesson';
import { LESSONS } from '../../data/lessons';
import { LESSONS_FR } from '../../data/lessons-fr';
import { MESSAGES_FR } from '../../data/messages-fr';
import { RETIRED } from '../../data/retired';
import { SOURCES } from '../../data/sources';
import { filterDeck } from '../../utils/deck/deck-filter';
import { lessonById } from '../../utils/deck/lesson-by-id';

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

/** A card's words that must be our own: everything but the quote, in both languages. */
function ownWords(): [where: string, text: string][] {
  return [
    ...LESSONS.flatMap((lesson) =>
      [lesson.title, lesson.body, lesson.tryThis ?? ''].map(
        (text) => [`${lesson.id} (en)`, text] as [string, string],
      ),
    ),
    ...Object.entries(LESSONS_FR).flatMap(([id, card]) =>
      [card.title, card.body, card.tryThis ?? ''].map((text) => [`${id} (fr)`, text] as [string, string]),
    ),
  ];
}

const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);

describe('the deck’s own words', () => {
  const RUN = 10;
  const articleRuns = new Set(
    Object.values(SOURCES).flatMap(({ file }) => {
      const all = words(seedText(file));
      return all.slice(0, all.length - RUN + 1).map((_, at) => all.slice(at, at + RUN).join(' '));
    }),
  );

  it(`copy no run of ${RUN} words from any article into a title, body or try-this`, () => {
    const copied = ownWords().flatMap(([where, text]) => {
      const all = words(text);
      return all
        .slice(0, Math.max(0, all.length - RUN + 1))
        .map((_, at) => all.slice(at, at + RUN).join(' '))
        .filter((run) => articleRuns.has(run))
        .map((run) => `${where}: “${run}”`);
    });
    expect(copied).toEqual([]);
  });

  it('catch a copied run (the check itself works)', () => {
    const sentence = words(seedText(SOURCES['surprising-advice'].file)).slice(40, 52).join(' ');
    expect(articleRuns.has(words(sentence).slice(0, RUN).join(' '))).toBe(true);
  });
});

describe('French text', () => {
  // One no-break space throughout: the narrow one (U+202F), before : ; ? ! and inside « ».
  const NNBSP = '\u202f';
  const texts: [string, string][] = [
    ...Object.entries(LESSONS_FR).flatMap(([id, card]) =>
      Object.entries(card).map(([field, text]) => [`${id}.${field}`, text] as [string, string]),
    ),
    ...Object.entries(MESSAGES_FR).map(([key, text]) => [`messages.${key}`, text] as [string, string]),
  ];

  it.each(texts)('%s is set the French way', (_where, text) => {
    expect(text, 'a plain or wide no-break space before : ; ? !').not.toMatch(/[ \u00a0][:;?!]/);
    expect(text, 'a mark with no space before it').not.toMatch(/[^\s\u202f{][;?!]|[^\s\u202f{\d]:(?!\/\/)/u);
    expect(text, '« without a narrow no-break space after it').not.toMatch(new RegExp(`«(?!${NNBSP})`));
    expect(text, '» without a narrow no-break space before it').not.toMatch(new RegExp(`(?<!${NNBSP})»`));
    expect(text, 'English quotation marks').not.toMatch(/[“”]/);
    expect(text, 'a wide no-break space (U+202F is the one used)').not.toContain('\u00a0');
    expect(text, 'digits grouped with a plain space').not.toMatch(/\d \d/);
    expect(text, 'an amount not written “N dollars”').not.toMatch(/\$|\d (dollars|millions|milliards?)/);
  });

  it('check catches what it should', () => {
    expect('Source :').toMatch(/[ \u00a0][:;?!]/);
    expect('“île”').toMatch(/[“”]/);
  });
});

describe('retired cards', () => {
  const ids = new Set(LESSONS.map((lesson) => lesson.id));

  it.each(Object.entries(RETIRED))('%s is gone, never reused, and resolves to %s', (retired, live) => {
    expect(ids.has(retired)).toBe(false);
    expect(Object.keys(LESSONS_FR)).not.toContain(retired);
    expect(ids.has(live)).toBe(true);
    expect(lessonById(retired)?.id).toBe(live);
  });

  it.each(Object.entries(RETIRED))(
    'a favorite of %s keeps %s in a “favorites only” deck',
    (retired, live) => {
      const deck = filterDeck(LESSONS, { themes: [...THEMES], lessonsFrom: 'favorites' }, new Set([retired]));
      expect(deck).toEqual([live]);
    },
  );
});
