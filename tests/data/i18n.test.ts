import { describe, expect, it } from 'vitest';
import { LESSONS } from '../../data/lessons';
import { LESSONS_FR } from '../../data/lessons-fr';
import { MESSAGES_EN } from '../../data/messages-en';
import { MESSAGES_FR } from '../../data/messages-fr';
import { toChromeMessages } from '../../utils/i18n/chrome-locales';
import { resolveLanguage, translator } from '../../utils/i18n/i18n';
import { localizeLesson } from '../../utils/i18n/localize-lesson';

/** Words that give away English text; none of them is also a French word. */
const ENGLISH_WORDS = new Set(
  'the and you your with this that is are was were be been have has of to it not could would should what which when lesson lessons favorite favorites settings saved show remove file new try these those their there here'.split(
    ' ',
  ),
);
/** Names that stay as they are in any language. */
const NAMES =
  /lesson-tab-favorites|Lesson Tab|JSON|Markdown|World Wide Web|Goldman Sachs|American Express|Chinapage/g;

function englishWordsIn(text: string): string[] {
  const words =
    text
      .replace(NAMES, ' ')
      .replace(/\{\w+\}/g, ' ')
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  return words.filter((word) => ENGLISH_WORDS.has(word));
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).toSorted();

describe('interface messages', () => {
  it('has every key in both languages, none empty', () => {
    expect(Object.keys(MESSAGES_FR).toSorted()).toEqual(Object.keys(MESSAGES_EN).toSorted());
    for (const catalog of [MESSAGES_EN, MESSAGES_FR]) {
      for (const [key, text] of Object.entries(catalog)) expect(text.trim(), key).not.toBe('');
    }
  });

  it.each(Object.keys(MESSAGES_EN))('%s uses the same placeholders in French', (key) => {
    const k = key as keyof typeof MESSAGES_EN;
    expect(placeholders(MESSAGES_FR[k])).toEqual(placeholders(MESSAGES_EN[k]));
  });

  it('leaves no English in French', () => {
    const leaks = Object.entries(MESSAGES_FR).flatMap(([key, text]) =>
      englishWordsIn(text).map((word) => `${key}: ${word}`),
    );
    expect(leaks).toEqual([]);
  });

  it('fills in values and leaves unknown ones visible', () => {
    expect(translator(MESSAGES_FR)('exportedMany', { count: 3 })).toBe('3 favoris exportés.');
    expect(translator(MESSAGES_EN)('exportedMany')).toBe('Exported {count} favorites.');
  });

  it.each([
    ['auto', 'fr-CA', 'fr'],
    ['auto', 'FR', 'fr'],
    ['auto', 'en-GB', 'en'],
    ['auto', 'de', 'en'],
    ['en', 'fr', 'en'],
    ['fr', 'en-US', 'fr'],
  ] as const)('language %s with a %s browser → %s', (setting, browser, lang) => {
    expect(resolveLanguage(setting, browser)).toBe(lang);
  });

  it('becomes Chrome _locales messages with named placeholders', () => {
    expect(toChromeMessages({ a: 'Plain', b: 'Hi {name}, {count} and {name}' })).toEqual({
      a: { message: 'Plain' },
      b: {
        message: 'Hi $NAME$, $COUNT$ and $NAME$',
        placeholders: { name: { content: '$1' }, count: { content: '$2' } },
      },
    });
  });
});

describe('the deck in French', () => {
  it('has every card and nothing else', () => {
    expect(Object.keys(LESSONS_FR)).toEqual(LESSONS.map((lesson) => lesson.id));
  });

  it.each(LESSONS.map((lesson) => [lesson.id, lesson] as const))(
    '%s is complete and French',
    (id, lesson) => {
      const fr = LESSONS_FR[id];
      expect(fr).toBeDefined();
      if (!fr) return;
      for (const text of [fr.title, fr.body, fr.tryThis, fr.quote])
        if (text !== undefined) expect(text.trim()).not.toBe('');
      expect(fr.tryThis === undefined).toBe(lesson.tryThis === undefined);
      expect(englishWordsIn([fr.title, fr.body, fr.tryThis ?? ''].join(' '))).toEqual([]);
      expect(fr.title.length).toBeLessThanOrEqual(80);
      expect(fr.body.length).toBeLessThanOrEqual(400);
    },
  );

  it.each(LESSONS.filter((lesson) => lesson.quote).map((lesson) => [lesson.id, lesson] as const))(
    '%s: the quote keeps its language, with a translation for readers of the other',
    (id, lesson) => {
      const quote = lesson.quote as NonNullable<typeof lesson.quote>;
      const en = localizeLesson(lesson, 'en', LESSONS_FR);
      const fr = localizeLesson(lesson, 'fr', LESSONS_FR);
      expect(en.quote?.text).toBe(quote.text);
      expect(fr.quote?.text).toBe(quote.text);
      if (quote.lang === 'fr') {
        expect(en.quoteTranslation?.trim(), id).toBeTruthy();
        expect(fr.quoteTranslation).toBeUndefined();
      } else {
        expect(fr.quoteTranslation?.trim(), id).toBeTruthy();
        expect(en.quoteTranslation).toBeUndefined();
      }
    },
  );
});
