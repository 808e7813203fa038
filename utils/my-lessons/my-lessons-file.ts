/**
 * Files of the user's own lessons: a CSV (a spreadsheet's export) or Lesson Tab's JSON.
 *
 * {"format":"lesson-tab-lessons","version":1,"lessons":[{"title":"…","lesson":"…","quote"?,
 *  "speaker"?,"tryThis"?,"themes":["…"],"source"?,"lang"?}]}
 *
 * Import only previews: a bad file is refused whole, a bad row is listed with its line and the
 * rest can still be imported. Nothing here writes anything.
 */
import Papa from 'papaparse';
import * as v from 'valibot';
import { type Lang, THEMES } from '../../data/lesson';
import type { MessageKey } from '../../data/messages-en';
import { parseUntrustedJson } from '../files/untrusted-json';
import type { MessageValues } from '../i18n/i18n';
import { localDate } from '../rotation/period';
import {
  DRAFT_FIELDS,
  type DraftErrors,
  type DraftInput,
  draftErrorValues,
  MAX_MY_LESSONS,
  type MyLesson,
  type MyLessonDraft,
  sameLessonKey,
  themeFromText,
  validateDraft,
} from './my-lesson';

export const LESSONS_FILE_FORMAT = 'lesson-tab-lessons';
export const LESSONS_FILE_VERSION = 1;
export const MAX_LESSONS_FILE_BYTES = 5 * 1024 * 1024;
export const CSV_COLUMNS = [
  'title',
  'lesson',
  'quote',
  'speaker',
  'tryThis',
  'themes',
  'source',
  'lang',
] as const;
const REQUIRED_COLUMNS = ['title', 'lesson', 'themes'] as const;

type Column = (typeof CSV_COLUMNS)[number];

export interface Rejection {
  /** The line the row starts on (CSV), or the entry's position from 1 (JSON). */
  line: number;
  reason: MessageKey;
  values?: MessageValues;
}
export interface ImportPreview {
  valid: MyLessonDraft[];
  rejected: Rejection[];
}
export interface ImportError {
  error: MessageKey;
  values?: MessageValues;
}
export type ImportResult = ImportPreview | ImportError;

/** A row read from the file: the values to check, or already a rejection. */
type Row = { line: number; input: DraftInput } | Rejection;

/** C0 controls but tab and line breaks, and DEL: a text file has none (a binary one has many). */
const FILE_CONTROL = /[^\P{Cc}\t\n\r\u0080-\u009f]/u;
export function previewImport(
  fileName: string,
  text: string,
  byteLength: number,
  existing: readonly MyLesson[],
  defaultLang: Lang,
): ImportResult {
  // A UTF-8 file has at least as many bytes as characters, whatever byteLength says.
  if (byteLength > MAX_LESSONS_FILE_BYTES || text.length > MAX_LESSONS_FILE_BYTES) {
    return { error: 'importLessonsTooLarge' };
  }
  const content = text.replace(/^\uFEFF/, '');
  if (!content.trim()) return { error: 'importLessonsEmpty' };
  const kind = fileKind(fileName, content);
  if (!kind) return { error: 'importLessonsNotCsvOrJson' };
  if (FILE_CONTROL.test(content)) return { error: 'importLessonsControlChars' };
  const rows = kind === 'json' ? jsonRows(content) : csvRows(content);
  return 'error' in rows ? rows : preview(rows, existing, defaultLang);
}

/** JSON when it starts like an object or is named so; CSV when named so (or not named at all). */
function fileKind(fileName: string, content: string): 'json' | 'csv' | undefined {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (content.trimStart().startsWith('{') || extension === 'json') return 'json';
  return ['csv', 'tsv', 'txt', ''].includes(extension) ? 'csv' : undefined;
}

function preview(rows: readonly Row[], existing: readonly MyLesson[], defaultLang: Lang): ImportResult {
  const valid: MyLessonDraft[] = [];
  const rejected: Rejection[] = [];
  // Where each lesson was first seen: 0 for one the user already has.
  const seen = new Map(existing.map((lesson) => [sameLessonKey(lesson), 0]));
  for (const row of rows) {
    if (!('input' in row)) {
      rejected.push(row);
      continue;
    }
    // An empty or missing language is the one the user picked for the import.
    const { lang } = row.input;
    const blank = lang === undefined || lang === null || (typeof lang === 'string' && !lang.trim());
    const result = validateDraft({ ...row.input, lang: blank ? defaultLang : lang });
    if (!result.ok) {
      rejected.push({ line: row.line, ...reasonFor(row.input, result.errors) });
      continue;
    }
    const { draft } = result;
    const key = sameLessonKey(draft);
    const first = seen.get(key);
    if (first === 0) {
      rejected.push({ line: row.line, reason: 'importLessonsDuplicate', values: { title: draft.title } });
    } else if (first !== undefined) {
      rejected.push({ line: row.line, reason: 'importLessonsDuplicateInFile', values: { line: first } });
    } else {
      seen.set(key, row.line);
      valid.push(draft);
    }
  }
  if (existing.length + valid.length > MAX_MY_LESSONS) {
    return { error: 'importLessonsTooMany', values: { count: valid.length, existing: existing.length } };
  }
  return { valid, rejected };
}

/** The first problem in field order; an unknown theme is named, since a file can hold any word. */
function reasonFor(input: DraftInput, errors: DraftErrors): Omit<Rejection, 'line'> {
  const field = DRAFT_FIELDS.find((name) => errors[name] !== undefined) ?? 'title';
  const reason = errors[field] ?? 'myLessonTitleMissing';
  if (reason === 'myLessonThemeUnknown' && Array.isArray(input.themes)) {
    const theme = input.themes.find(
      (item) => typeof item !== 'string' || (item.trim() && !themeFromText(item)),
    );
    return {
      reason: 'importLessonsUnknownTheme',
      values: { theme: String(theme), themes: THEMES.join(', ') },
    };
  }
  const values = draftErrorValues(field, reason);
  return values ? { reason, values } : { reason };
}

// CSV

function csvRows(content: string): Row[] | ImportError {
  const records = readCsv(content);
  const headerAt = records.findIndex((record) => !isBlank(record.cells));
  const header = records[headerAt];
  if (!header) return { error: 'importLessonsEmpty' };
  const columns = headerColumns(header.cells);
  if ('error' in columns) return columns;
  return records.slice(headerAt + 1).flatMap((record): Row[] => {
    if (isBlank(record.cells)) return [];
    const { line } = record;
    if (record.broken) return [{ line, reason: 'importLessonsBadQuotes' }];
    // Spreadsheets may pad a row with empty cells past the last column.
    const cells = [...record.cells];
    while (cells.length > columns.length && !cells.at(-1)?.trim()) cells.pop();
    if (cells.length !== columns.length) {
      return [
        { line, reason: 'importLessonsFieldCount', values: { count: cells.length, columns: columns.length } },
      ];
    }
    const value = (column: Column) => {
      const index = columns.indexOf(column);
      return index < 0 ? undefined : cells[index];
    };
    const input: DraftInput = {
      title: value('title'),
      body: value('lesson'),
      quote: value('quote'),
      speaker: value('speaker'),
      tryThis: value('tryThis'),
      // `;` as documented; `,` too, for a spreadsheet whose own separator is `;`.
      themes: value('themes')?.split(/[;,]/),
      source: value('source'),
      lang: value('lang')?.trim(),
    };
    return [{ line, input }];
  });
}

interface CsvRecord {
  /** The file's line the record starts on, from 1; a quoted line break makes a record span lines. */
  line: number;
  cells: string[];
  /** Unbalanced or stray quotes: the cells cannot be trusted. */
  broken: boolean;
}

function readCsv(content: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(content, {
    delimiter: guessDelimiter(content),
    step: (result) => {
      records.push({ line, cells: result.data, broken: result.errors.length > 0 });
      const end = result.meta.cursor;
      line += content.slice(start, end).split(result.meta.linebreak).length - 1;
      start = end;
    },
  });
  return records;
}

/** The header names no column with a comma, semicolon or tab, so its most frequent one is it. */
function guessDelimiter(content: string): string {
  const header = content.trimStart().split(/\r\n|\r|\n/, 1)[0] ?? '';
  const count = (delimiter: string) => header.split(delimiter).length;
  return [';', '\t'].reduce((best, delimiter) => (count(delimiter) > count(best) ? delimiter : best), ',');
}

function headerColumns(cells: readonly string[]): Column[] | ImportError {
  const names = cells.map((cell) => cell.trim());
  while (names.length && !names.at(-1)) names.pop();
  const columns: Column[] = [];
  for (const name of names) {
    const column = CSV_COLUMNS.find((known) => known.toLowerCase() === name.toLowerCase());
    if (!column) {
      return {
        error: 'importLessonsUnknownColumn',
        values: { column: name, columns: CSV_COLUMNS.join(', ') },
      };
    }
    if (columns.includes(column)) return { error: 'importLessonsDuplicateColumn', values: { column: name } };
    columns.push(column);
  }
  const missing = REQUIRED_COLUMNS.find((column) => !columns.includes(column));
  if (missing) {
    return {
      error: 'importLessonsMissingColumn',
      values: { column: missing, required: REQUIRED_COLUMNS.join(', ') },
    };
  }
  return columns;
}

const isBlank = (cells: readonly string[]) => cells.every((cell) => !cell.trim());

// JSON

const optionalText = v.nullish(v.string());
const LessonEntry = v.strictObject({
  title: optionalText,
  lesson: optionalText,
  quote: optionalText,
  speaker: optionalText,
  tryThis: optionalText,
  themes: v.nullish(v.array(v.string())),
  source: optionalText,
  lang: optionalText,
});
const LessonsFile = v.strictObject({
  format: v.literal(LESSONS_FILE_FORMAT),
  version: v.literal(LESSONS_FILE_VERSION),
  lessons: v.array(v.unknown()),
});

function jsonRows(content: string): Row[] | ImportError {
  const parsed = parseUntrustedJson(content);
  if ('forbidden' in parsed) return { error: 'importForbiddenKey', values: { key: parsed.forbidden } };
  if ('invalid' in parsed) return { error: 'importNotJson' };
  const { data } = parsed;
  const head = data as { format?: unknown; version?: unknown } | null;
  if (
    typeof head !== 'object' ||
    head === null ||
    Array.isArray(head) ||
    head.format !== LESSONS_FILE_FORMAT
  ) {
    return { error: 'importLessonsNotLessonsFile', values: { format: LESSONS_FILE_FORMAT } };
  }
  if (head.version !== LESSONS_FILE_VERSION) {
    return { error: 'importLessonsBadVersion', values: { version: JSON.stringify(head.version) ?? 'none' } };
  }
  const file = v.safeParse(LessonsFile, data);
  if (!file.success) {
    return { error: 'importLessonsDamaged', values: { path: v.getDotPath(file.issues[0]) ?? '/' } };
  }
  return file.output.lessons.map((item, index): Row => {
    const line = index + 1;
    const entry = v.safeParse(LessonEntry, item);
    if (!entry.success) {
      return {
        line,
        reason: 'importLessonsBadEntry',
        values: { field: v.getDotPath(entry.issues[0]) ?? '/' },
      };
    }
    const { lesson, ...rest } = entry.output;
    return { line, input: { ...rest, body: lesson } };
  });
}

/** The JSON file of the given lessons; ids and dates stay behind, as an import makes new ones. */
export function lessonsToJson(lessons: readonly MyLessonDraft[]): string {
  const file = {
    format: LESSONS_FILE_FORMAT,
    version: LESSONS_FILE_VERSION,
    lessons: lessons.map((lesson) => ({
      title: lesson.title,
      lesson: lesson.body,
      quote: lesson.quote,
      speaker: lesson.speaker,
      tryThis: lesson.tryThis,
      themes: lesson.themes,
      source: lesson.source,
      lang: lesson.lang,
    })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A dated file name such as lesson-tab-lessons-2026-11-21.json (the local date). */
export function lessonsFileName(now: number, timeZone?: string): string {
  return `lesson-tab-lessons-${localDate(now, timeZone)}.json`;
}

/** A file to start from: every column, a value with a comma in quotes, and a lesson in French. */
export function sampleCsv(): string {
  return [
    CSV_COLUMNS.join(','),
    '"Ship it, then improve it",A finished small thing teaches you more than a perfect plan. Put it in front of customers and listen.,Well done is better than well said.,Benjamin Franklin,Show an unfinished draft to one customer today.,innovation;customers,Poor Richard’s Almanack (1737),en',
    'Écouter avant de vendre,"Avant de parler de votre produit, demandez au client ce qui le gêne, puis taisez-vous.",,,Posez une question ouverte à un client cette semaine.,customers;small-business,,fr',
    '',
  ].join('\r\n');
}
