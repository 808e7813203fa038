import { describe, expect, it } from 'vitest';
import { MESSAGES_EN } from '../../../data/messages-en';
import {
  type DraftInput,
  draftErrorValues,
  LIMITS,
  type MyLessonDraft,
  sameLessonKey,
  themeFromText,
  validateDraft,
} from '../../../utils/my-lessons/my-lesson';

const GOOD: MyLessonDraft = {
  title: 'Ship it',
  body: 'A finished small thing teaches more than a perfect plan.',
  themes: ['innovation'],
  lang: 'en',
};

const errorsOf = (input: DraftInput) => {
  const result = validateDraft(input);
  return result.ok ? {} : result.errors;
};
const draftOf = (input: DraftInput) => {
  const result = validateDraft(input);
  if (!result.ok) throw new Error(`expected a valid draft, got ${JSON.stringify(result.errors)}`);
  return result.draft;
};

describe('validateDraft', () => {
  it('accepts a complete lesson and keeps every part', () => {
    const full = {
      ...GOOD,
      quote: 'Well done is better than well said.',
      speaker: 'Franklin',
      tryThis: 'Do it.',
    };
    expect(draftOf({ ...full, source: 'Almanack' })).toEqual({ ...full, source: 'Almanack' });
  });

  it.each([undefined, null, '', '   \n\t '])('needs a title (%j)', (title) => {
    expect(errorsOf({ ...GOOD, title })).toEqual({ title: 'myLessonTitleMissing' });
  });

  it.each([undefined, null, '', ' \r\n '])('needs the lesson itself (%j)', (body) => {
    expect(errorsOf({ ...GOOD, body })).toEqual({ body: 'myLessonBodyMissing' });
  });

  it.each([
    ['title', 'myLessonTitleTooLong'],
    ['body', 'myLessonBodyTooLong'],
    ['quote', 'myLessonQuoteTooLong'],
    ['speaker', 'myLessonSpeakerTooLong'],
    ['tryThis', 'myLessonTryThisTooLong'],
    ['source', 'myLessonSourceTooLong'],
  ] as const)('limits %s to LIMITS, counted after trimming', (field, key) => {
    const max = LIMITS[field];
    const base = { ...GOOD, quote: 'A quote.' };
    expect(draftOf({ ...base, [field]: ` ${'x'.repeat(max)}  ` })[field]).toBe('x'.repeat(max));
    expect(errorsOf({ ...base, [field]: 'x'.repeat(max + 1) })).toEqual({ [field]: key });
    expect(draftErrorValues(field, key)).toEqual({ max });
    expect(draftErrorValues(field, 'myLessonControlChars')).toBeUndefined();
    expect(MESSAGES_EN[key]).toContain('{max}');
  });

  it('has the limits the issue asks for', () => {
    expect(LIMITS).toMatchObject({ quote: 400, speaker: 120, tryThis: 200, source: 200 });
  });

  it('trims, and leaves empty optional parts out', () => {
    const draft = draftOf({
      ...GOOD,
      title: '  Ship it \n',
      quote: '  ',
      speaker: '',
      tryThis: null,
      source: ' ',
    });
    expect(draft).toEqual(GOOD);
    expect(Object.keys(draft).toSorted()).toEqual(['body', 'lang', 'themes', 'title']);
  });

  it('keeps paragraphs and tabs in the lesson and the quote, as LF', () => {
    const draft = draftOf({ ...GOOD, body: 'One.\r\n\r\n\tTwo.\rThree.', quote: 'a\nb', speaker: 'Me' });
    expect(draft.body).toBe('One.\n\n\tTwo.\nThree.');
    expect(draft.quote).toBe('a\nb');
  });

  it.each(['title', 'speaker', 'tryThis', 'source'] as const)('keeps %s on one line', (field) => {
    const base = { ...GOOD, quote: 'A quote.' };
    expect(errorsOf({ ...base, [field]: 'one\ntwo' })).toEqual({ [field]: 'myLessonOneLine' });
    expect(errorsOf({ ...base, [field]: 'one\ttwo' })).toEqual({ [field]: 'myLessonControlChars' });
  });

  it.each([
    ['title', 'a\u0000b'],
    ['body', 'a\u0007b'],
    ['body', 'a\u007fb'],
    ['quote', 'a\u0085b'],
    ['source', 'a\u001bb'],
  ] as const)('refuses control characters in %s (%j)', (field, text) => {
    expect(errorsOf({ ...GOOD, quote: 'A quote.', [field]: text })).toEqual({
      [field]: 'myLessonControlChars',
    });
  });

  it('refuses a value that is not text', () => {
    expect(errorsOf({ ...GOOD, title: 42 })).toEqual({ title: 'myLessonNotText' });
    expect(errorsOf({ ...GOOD, source: {} })).toEqual({ source: 'myLessonNotText' });
  });

  it('takes a speaker only with a quote', () => {
    expect(errorsOf({ ...GOOD, speaker: 'Franklin' })).toEqual({ speaker: 'myLessonSpeakerWithoutQuote' });
    expect(errorsOf({ ...GOOD, speaker: 'Franklin', quote: '  ' })).toEqual({
      speaker: 'myLessonSpeakerWithoutQuote',
    });
    // A quote that is wrong on its own says so; the speaker is not blamed for it.
    expect(errorsOf({ ...GOOD, speaker: 'Franklin', quote: 'x'.repeat(401) })).toEqual({
      quote: 'myLessonQuoteTooLong',
    });
    expect(draftOf({ ...GOOD, quote: 'Said.' })).toEqual({ ...GOOD, quote: 'Said.' });
  });

  it.each([
    [undefined, 'myLessonThemesMissing'],
    [[], 'myLessonThemesMissing'],
    [['', ' '], 'myLessonThemesMissing'],
    [['failure', 'tennis'], 'myLessonThemeUnknown'],
    [[7], 'myLessonThemeUnknown'],
    ['failure', 'myLessonThemeUnknown'],
  ])('needs known themes (%j)', (themes, key) => {
    expect(errorsOf({ ...GOOD, themes })).toEqual({ themes: key });
  });

  it('matches themes loosely and keeps each once, in the order given', () => {
    expect(
      draftOf({ ...GOOD, themes: [' Vision', 'going global', 'VISION', 'small_business', ''] }).themes,
    ).toEqual(['vision', 'going-global', 'small-business']);
  });

  it.each([
    ['en', 'en'],
    [' FR ', 'fr'],
  ])('reads the language %j', (lang, expected) => {
    expect(draftOf({ ...GOOD, lang }).lang).toBe(expected);
  });

  it.each([undefined, '', 'de', 'english', 1])('refuses the language %j', (lang) => {
    expect(errorsOf({ ...GOOD, lang })).toEqual({ lang: 'myLessonLangUnknown' });
  });

  it('reports every field that is wrong at once', () => {
    expect(errorsOf({ speaker: 'x', tryThis: 'y'.repeat(201), themes: ['nope'], lang: 'de' })).toEqual({
      title: 'myLessonTitleMissing',
      body: 'myLessonBodyMissing',
      speaker: 'myLessonSpeakerWithoutQuote',
      tryThis: 'myLessonTryThisTooLong',
      themes: 'myLessonThemeUnknown',
      lang: 'myLessonLangUnknown',
    });
  });

  it('gives the same draft when run on its own output', () => {
    const draft = draftOf({
      ...GOOD,
      title: ' A ',
      body: 'x\r\ny',
      themes: ['People', 'people'],
      lang: 'FR',
    });
    expect(validateDraft(draft)).toEqual({ ok: true, draft });
  });

  it('has no value in a message but {max}', () => {
    for (const key of Object.values(errorsOf({ speaker: 'x', themes: [], lang: '' }))) {
      expect(MESSAGES_EN[key]).not.toMatch(/\{(?!max\})/);
    }
  });
});

describe('themeFromText', () => {
  it.each([
    ['failure', 'failure'],
    [' Going Global ', 'going-global'],
    ['small business', 'small-business'],
    ['failures', undefined],
    ['', undefined],
  ])('%j → %j', (text, theme) => {
    expect(themeFromText(text)).toBe(theme);
  });
});

describe('sameLessonKey', () => {
  it('ignores case, surrounding space and the line-break style', () => {
    expect(sameLessonKey({ title: ' Ship IT ', body: 'One\r\nTwo ' })).toBe(
      sameLessonKey({ title: 'ship it', body: 'one\ntwo' }),
    );
    expect(sameLessonKey({ title: 'Ship it', body: 'a' })).not.toBe(
      sameLessonKey({ title: 'Ship it', body: 'b' }),
    );
  });

  it('keeps the title and the body apart', () => {
    expect(sameLessonKey({ title: 'a b', body: 'c' })).not.toBe(sameLessonKey({ title: 'a', body: 'b c' }));
  });
});
