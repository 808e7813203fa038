/**
 * Random damaged files: whatever arrives, the import answers with an error or a preview, never
 * throws, and everything it would import is a lesson validateDraft accepts as it is.
 */
import { describe, expect, it } from 'vitest';
import { type Lang, THEMES } from '../../../data/lesson';
import { MESSAGES_EN, type MessageKey } from '../../../data/messages-en';
import type { MessageValues } from '../../../utils/i18n/i18n';
import {
  LIMITS,
  MAX_MY_LESSONS,
  type MyLesson,
  sameLessonKey,
  validateDraft,
} from '../../../utils/my-lessons/my-lesson';
import { CSV_COLUMNS, previewImport } from '../../../utils/my-lessons/my-lessons-file';
import { seeded } from '../rotation/seeded';

const FILES = 2000;
const random = seeded(0x1e55);
const int = (max: number) => Math.floor(random() * max);
const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
const chance = (p: number) => random() < p;

/** Control characters that make a whole file refused: only the mutations add them, and rarely. */
const FILE_CONTROLS = ['\u0000', '\u0007', '\u000b', '\u001b', '\u007f'];
/** Pieces that matter to a CSV or JSON reader, or to the checks. */
const PIECES = [
  ',',
  ';',
  '"',
  '""',
  '\n',
  '\r\n',
  '\r',
  '\t',
  ' ',
  '  ',
  '{',
  '}',
  '[',
  ']',
  ':',
  '\\',
  '\\u0000',
  '\uFEFF',
  '\u0085',
  '\u009f',
  '\u202f',
  '\u2028',
  'é',
  'œ',
  '😀',
  '\ud800',
  'e\u0301',
  '__proto__',
  'constructor',
  'prototype',
  'failure',
  'Going Global',
  'tennis',
  'title',
  'lesson',
  'themes',
  'lang',
  'fr',
  'EN',
  'de',
  'null',
  '"format"',
  'lesson-tab-lessons',
  '1',
  '2',
  '-1e999',
  'x'.repeat(121),
  'y'.repeat(201),
  'z'.repeat(401),
  'w'.repeat(601),
];
const randomText = (pieces: number) => Array.from({ length: int(pieces) }, () => pick(PIECES)).join('');
const words = () =>
  Array.from({ length: 1 + int(6) }, () => pick(['ship', 'it', 'Listen', 'now', 'à', 'Œuvre'])).join(' ');

/** Mostly plausible values, sometimes empty, sometimes anything at all. */
function value(): string {
  if (chance(0.1)) return '';
  if (chance(0.1)) return randomText(6);
  return words();
}
function themes(): string[] {
  return Array.from({ length: int(4) }, () => (chance(0.85) ? pick(THEMES) : randomText(3)));
}

/** A pool of lessons, so that a file repeats some and the user already has others. */
const POOL = Array.from({ length: 40 }, () => ({
  title: value(),
  lesson: value(),
  quote: chance(0.5) ? value() : '',
  speaker: chance(0.4) ? value() : '',
  tryThis: value(),
  themes: themes(),
  source: value(),
  lang: pick(['en', 'fr', '', 'FR', 'de']),
}));

/** Quoted when it must be (any of the separators), and sometimes when it need not be. */
function csvCell(text: string): string {
  return chance(0.3) || /[",;\t\r\n]/.test(text) || text !== text.trim()
    ? `"${text.replaceAll('"', '""')}"`
    : text;
}

function csvFile(): string {
  const delimiter = pick([',', ',', ';', '\t']);
  const newline = pick(['\n', '\r\n', '\r']);
  const columns = CSV_COLUMNS.filter(
    (column) => ['title', 'lesson', 'themes'].includes(column) || chance(0.7),
  );
  if (chance(0.5)) columns.sort(() => random() - 0.5);
  const header = columns.map((column) => (chance(0.2) ? ` ${column.toUpperCase()} ` : column));
  const rows = Array.from({ length: int(12) }, () => {
    const lesson = pick(POOL);
    return columns.map((column) => {
      const raw = column === 'themes' ? lesson.themes.join(pick([';', ',', '; '])) : lesson[column];
      return csvCell(raw);
    });
  });
  return [header, ...rows].map((row) => row.join(delimiter)).join(newline) + (chance(0.5) ? newline : '');
}

function jsonFile(): string {
  const lessons = Array.from({ length: int(12) }, () => {
    const { lesson, themes, lang, ...rest } = pick(POOL);
    const entry: Record<string, unknown> = { ...rest, lesson, themes };
    for (const key of Object.keys(entry)) if (chance(0.1)) delete entry[key];
    if (lang) entry.lang = lang;
    if (chance(0.05)) entry[pick(['author', 'id', 'body'])] = 'x';
    if (chance(0.05)) entry.themes = pick([3, 'failure', [1], null]);
    return chance(0.03) ? pick([null, 'text', [entry]]) : entry;
  });
  const file: Record<string, unknown> = { format: 'lesson-tab-lessons', version: 1, lessons };
  if (chance(0.05)) file.version = pick([2, '1', null]);
  if (chance(0.05)) file.format = 'lesson-tab-favorites';
  return JSON.stringify(file, null, chance(0.5) ? 2 : undefined);
}

/** One to four random edits: insert, delete, duplicate, truncate. */
function mutate(text: string): string {
  let out = text;
  for (let edits = 1 + int(4); edits > 0; edits--) {
    const at = int(out.length + 1);
    const kind = int(4);
    if (kind === 0)
      out = out.slice(0, at) + (chance(0.05) ? pick(FILE_CONTROLS) : randomText(3)) + out.slice(at);
    else if (kind === 1) out = out.slice(0, at) + out.slice(at + 1 + int(20));
    else if (kind === 2) out = out.slice(0, at) + out.slice(at, at + int(80)) + out.slice(at);
    else if (chance(0.3)) out = out.slice(0, at);
  }
  return out;
}

const stored = (n: number, title: string, body: string): MyLesson => ({
  id: `my-${String(n).padStart(8, '0')}`,
  title,
  body,
  themes: ['failure'],
  lang: 'en',
  createdAt: 0,
  updatedAt: 0,
});
const FEW = POOL.slice(0, 5).map((lesson, n) => stored(n, lesson.title, lesson.lesson));
const NEARLY_FULL = Array.from({ length: MAX_MY_LESSONS - 3 }, (_, n) => stored(n, `Mine ${n}`, 'Body'));

/** Every placeholder in the message has a value. */
function expectFilled(key: MessageKey, values: MessageValues | undefined) {
  expect(MESSAGES_EN[key], key).toBeTypeOf('string');
  for (const [, name] of MESSAGES_EN[key].matchAll(/\{(\w+)\}/g)) {
    expect(values?.[name as string], `${key} {${name}}`).toBeDefined();
  }
}

const CONTROL = /\p{Cc}/u;
const CONTROL_BUT_LINES = /[^\P{Cc}\n\t]/u;

describe('import fuzzing', () => {
  it(`answers ${FILES} random, mostly damaged files without throwing`, () => {
    const outcomes = { mutated: 0, error: 0, preview: 0, imported: 0, rejected: 0 };
    for (let n = 0; n < FILES; n++) {
      const json = chance(0.4);
      const base = json ? jsonFile() : csvFile();
      const mutated = chance(0.8);
      if (mutated) outcomes.mutated++;
      const text = (chance(0.1) ? '\uFEFF' : '') + (mutated ? mutate(base) : base);
      const name = pick(
        json
          ? ['l.json', 'l.JSON', 'l.txt', 'l', 'l.csv']
          : ['l.csv', 'l.CSV', 'l.tsv', 'l.txt', 'l', 'l.json', 'l.xlsx'],
      );
      const existing = pick([[], [], FEW, NEARLY_FULL]);
      const defaultLang: Lang = pick(['en', 'fr']);
      const context = `file ${n} (${name}): ${JSON.stringify(text).slice(0, 300)}`;

      const result = previewImport(name, text, new TextEncoder().encode(text).length, existing, defaultLang);

      if ('error' in result) {
        outcomes.error++;
        expectFilled(result.error, result.values);
        continue;
      }
      outcomes.preview++;
      outcomes.imported += result.valid.length;
      outcomes.rejected += result.rejected.length;
      expect(existing.length + result.valid.length, context).toBeLessThanOrEqual(MAX_MY_LESSONS);

      const keys = new Set(existing.map(sameLessonKey));
      for (const draft of result.valid) {
        expect(validateDraft(draft), context).toEqual({ ok: true, draft });
        for (const field of Object.keys(LIMITS) as (keyof typeof LIMITS)[]) {
          const part = draft[field];
          if (part === undefined) continue;
          expect(part.length, `${context} ${field}`).toBeGreaterThan(0);
          expect(part.length, `${context} ${field}`).toBeLessThanOrEqual(LIMITS[field]);
          expect(part, `${context} ${field}`).toBe(part.trim());
          const lines = field === 'body' || field === 'quote';
          expect((lines ? CONTROL_BUT_LINES : CONTROL).test(part), `${context} ${field}`).toBe(false);
        }
        expect(draft.themes.length, context).toBeGreaterThan(0);
        for (const theme of draft.themes) expect(THEMES, context).toContain(theme);
        expect(['en', 'fr'], context).toContain(draft.lang);
        if (draft.speaker) expect(draft.quote, context).toBeDefined();
        const key = sameLessonKey(draft);
        expect(keys.has(key), `${context}: a duplicate`).toBe(false);
        keys.add(key);
      }

      const lineCount = text.split(/\r\n|\r|\n/).length;
      let previous = 0;
      for (const { line, reason, values } of result.rejected) {
        expect(Number.isInteger(line) && line > previous, context).toBe(true);
        previous = line;
        if (
          !name.toLowerCase().endsWith('.json') &&
          !text
            .trimStart()
            .replace(/^\uFEFF/, '')
            .startsWith('{')
        ) {
          expect(line, context).toBeLessThanOrEqual(lineCount);
        }
        expectFilled(reason, values);
      }
    }
    // The files are varied enough to reach both answers, and both kinds of row.
    expect(outcomes.mutated).toBeGreaterThanOrEqual(1000);
    expect(outcomes.error).toBeGreaterThan(FILES / 10);
    expect(outcomes.preview).toBeGreaterThan(FILES / 4);
    expect(outcomes.imported).toBeGreaterThan(FILES / 4);
    expect(outcomes.rejected).toBeGreaterThan(FILES);
  });
});
