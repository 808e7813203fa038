/**
 * A lesson of the user's own ("My lessons"): the same parts as our cards, written on the options
 * page or imported, kept in IndexedDB beside the favorites. Pure: ids and time are passed in.
 */
import { type Lang, THEMES, type Theme } from '../../data/lesson';
import type { MessageKey } from '../../data/messages-en';
import type { MessageValues } from '../i18n/i18n';

export interface MyLesson {
  /** `my-` and a random suffix: never the id of one of our cards, stable across edits. */
  id: string;
  title: string;
  /** The lesson in a few sentences. */
  body: string;
  quote?: string;
  /** Who said the quote (only with a quote). */
  speaker?: string;
  tryThis?: string;
  themes: Theme[];
  /** A book, a person, a link: shown as text only. */
  source?: string;
  lang: Lang;
  /** Milliseconds since the epoch. */
  createdAt: number;
  updatedAt: number;
}

/** What the form and an import row supply; the store adds the id and times. */
export type MyLessonDraft = Omit<MyLesson, 'id' | 'createdAt' | 'updatedAt'>;

export const LIMITS = {
  title: 120,
  body: 600,
  quote: 400,
  speaker: 120,
  tryThis: 200,
  source: 200,
} as const;
export const MAX_MY_LESSONS = 5000;

export const MY_LESSON_ID = /^my-[a-z0-9]{8,32}$/;

/** A fresh id from the random source given (Math.random on a page, a seeded one in tests). */
export function newLessonId(random: () => number): string {
  let suffix = '';
  for (let i = 0; i < 12; i++) suffix += Math.floor(random() * 36).toString(36);
  return `my-${suffix}`;
}

export function isMyLessonId(id: string): boolean {
  return MY_LESSON_ID.test(id);
}

export type DraftField = keyof MyLessonDraft;
/** What a form or an import row hands in: any value, checked here. */
export type DraftInput = { readonly [K in DraftField]?: unknown };
export type DraftErrors = Partial<Record<DraftField, MessageKey>>;
export type DraftResult = { ok: true; draft: MyLessonDraft } | { ok: false; errors: DraftErrors };

type TextField = keyof typeof LIMITS;

/** Field order: the order of the form, and of the first problem an import row reports. */
export const DRAFT_FIELDS: readonly DraftField[] = [
  'title',
  'body',
  'quote',
  'speaker',
  'tryThis',
  'themes',
  'source',
  'lang',
];
const TEXT_FIELDS = ['title', 'body', 'quote', 'speaker', 'tryThis', 'source'] as const;

const TOO_LONG: Record<TextField, MessageKey> = {
  title: 'myLessonTitleTooLong',
  body: 'myLessonBodyTooLong',
  quote: 'myLessonQuoteTooLong',
  speaker: 'myLessonSpeakerTooLong',
  tryThis: 'myLessonTryThisTooLong',
  source: 'myLessonSourceTooLong',
};

/** Control characters (C0, DEL, C1): invisible, and a sign of a binary or mis-decoded paste. */
const CONTROL = /\p{Cc}/u;
/** The same, but a line break and a tab are text in the fields that can hold paragraphs. */
const CONTROL_BUT_LINES = /[^\P{Cc}\n\t]/u;

/** The values a draft error's message takes: `{max}`, LIMITS[field], for a too-long text. */
export function draftErrorValues(field: DraftField, key: MessageKey): MessageValues | undefined {
  return field in LIMITS && key === TOO_LONG[field as TextField]
    ? { max: LIMITS[field as TextField] }
    : undefined;
}

/** 'Going Global', 'going_global' → 'going-global'; undefined for a word that is not a theme. */
export function themeFromText(text: string): Theme | undefined {
  const id = text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  return (THEMES as readonly string[]).includes(id) ? (id as Theme) : undefined;
}

/**
 * Checks and tidies a lesson as typed or imported: text is trimmed (CRLF becomes LF), empty
 * optional fields are left out, themes are matched loosely and deduplicated. Running it again on
 * its own output gives the same draft.
 */
export function validateDraft(input: DraftInput): DraftResult {
  const errors: DraftErrors = {};
  const text: Partial<Record<TextField, string>> = {};
  for (const field of TEXT_FIELDS) {
    const value = input[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') {
      errors[field] = 'myLessonNotText';
      continue;
    }
    const clean = value.replace(/\r\n?/g, '\n').trim();
    if (!clean) continue;
    const multiline = field === 'body' || field === 'quote';
    if (!multiline && clean.includes('\n')) errors[field] = 'myLessonOneLine';
    else if ((multiline ? CONTROL_BUT_LINES : CONTROL).test(clean)) errors[field] = 'myLessonControlChars';
    else if (clean.length > LIMITS[field]) errors[field] = TOO_LONG[field];
    else text[field] = clean;
  }
  const { title, body } = text;
  if (!title) errors.title ??= 'myLessonTitleMissing';
  if (!body) errors.body ??= 'myLessonBodyMissing';
  // A name with nothing to attribute would show as a stray line on the card.
  if (text.speaker && !text.quote && !errors.quote) errors.speaker = 'myLessonSpeakerWithoutQuote';
  const themes = readThemes(input.themes);
  if (typeof themes === 'string') errors.themes = themes;
  const lang = typeof input.lang === 'string' ? input.lang.trim().toLowerCase() : '';
  if (lang !== 'en' && lang !== 'fr') errors.lang = 'myLessonLangUnknown';

  const failed = Object.keys(errors).length > 0;
  if (failed || !title || !body || typeof themes === 'string' || (lang !== 'en' && lang !== 'fr')) {
    return { ok: false, errors };
  }
  const draft: MyLessonDraft = { title, body, themes, lang };
  for (const field of ['quote', 'speaker', 'tryThis', 'source'] as const) {
    if (text[field] !== undefined) draft[field] = text[field];
  }
  return { ok: true, draft };
}

function readThemes(value: unknown): Theme[] | MessageKey {
  if (value === undefined || value === null) return 'myLessonThemesMissing';
  if (!Array.isArray(value)) return 'myLessonThemeUnknown';
  const themes = new Set<Theme>();
  for (const item of value) {
    if (typeof item === 'string' && !item.trim()) continue;
    const theme = typeof item === 'string' ? themeFromText(item) : undefined;
    if (!theme) return 'myLessonThemeUnknown';
    themes.add(theme);
  }
  return themes.size ? [...themes] : 'myLessonThemesMissing';
}

/** Two lessons are the same when their title and body match, trimmed and ignoring case. */
export function sameLessonKey(lesson: { title: string; body: string }): string {
  const part = (text: string) => text.replace(/\r\n?/g, '\n').trim().normalize('NFC').toLowerCase();
  return `${part(lesson.title)}\n${part(lesson.body)}`;
}
