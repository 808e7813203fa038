import { describe, expect, it } from 'vitest';
import { MESSAGES_EN } from '../../../data/messages-en';
import { MESSAGES_FR } from '../../../data/messages-fr';
import { MAX_MY_LESSONS, type MyLesson, type MyLessonDraft } from '../../../utils/my-lessons/my-lesson';
import {
  CSV_COLUMNS,
  type ImportPreview,
  type ImportResult,
  lessonsFileName,
  lessonsToJson,
  MAX_LESSONS_FILE_BYTES,
  previewImport,
  sampleCsv,
} from '../../../utils/my-lessons/my-lessons-file';

const HEADER = 'title,lesson,quote,speaker,tryThis,themes,source,lang';

const preview = (name: string, text: string, existing: readonly MyLesson[] = []) =>
  previewImport(name, text, new TextEncoder().encode(text).length, existing, 'en');

function ok(result: ImportResult): ImportPreview {
  if ('error' in result) throw new Error(`expected a preview, got ${JSON.stringify(result)}`);
  return result;
}

const stored = (draft: MyLessonDraft, n: number): MyLesson => ({
  ...draft,
  id: `my-${String(n).padStart(8, '0')}`,
  createdAt: 0,
  updatedAt: 0,
});

describe('CSV import', () => {
  it('reads every column, with quoted commas, quotes and line breaks', () => {
    const csv = [
      HEADER,
      '"Ship it, then improve it","One, two.\nThree ""quoted"".",A quote,Ann,Try it.,innovation;customers,"Book, 2020",fr',
      'Plain,Body,,,,failure,,',
    ].join('\n');
    expect(ok(preview('lessons.csv', csv))).toEqual({
      valid: [
        {
          title: 'Ship it, then improve it',
          body: 'One, two.\nThree "quoted".',
          quote: 'A quote',
          speaker: 'Ann',
          tryThis: 'Try it.',
          themes: ['innovation', 'customers'],
          source: 'Book, 2020',
          lang: 'fr',
        },
        { title: 'Plain', body: 'Body', themes: ['failure'], lang: 'en' },
      ],
      rejected: [],
    });
  });

  it('gives the line a row starts on, counting line breaks inside quotes', () => {
    const csv = [
      'title,lesson,themes', // 1
      'A,"first line', // 2
      'second line', // 3
      'third line",failure', // 4
      ',No title,failure', // 5
      '', // 6: blank, skipped
      'B,"x\r\ny",tennis', // 7 and 8 (a CRLF inside a LF file stays in the text)
      'C,No themes,', // 9
    ].join('\n');
    const result = ok(preview('a.csv', csv));
    expect(result.valid.map((draft) => draft.title)).toEqual(['A']);
    expect(result.valid[0]?.body).toBe('first line\nsecond line\nthird line');
    expect(result.rejected).toEqual([
      { line: 5, reason: 'myLessonTitleMissing' },
      {
        line: 7,
        reason: 'importLessonsUnknownTheme',
        values: { theme: 'tennis', themes: expect.any(String) },
      },
      { line: 9, reason: 'myLessonThemesMissing' },
    ]);
  });

  it('reads CRLF files with a BOM, headers in any case and order, and lang defaulting', () => {
    const csv = '\uFEFF Themes ,TITLE,Lesson,LANG\r\n"failure; vision",A,"B\r\nC",\r\npeople,D,E,fr\r\n';
    const result = ok(previewImport('x.CSV', csv, csv.length, [], 'fr'));
    expect(result.valid).toEqual([
      { title: 'A', body: 'B\nC', themes: ['failure', 'vision'], lang: 'fr' },
      { title: 'D', body: 'E', themes: ['people'], lang: 'fr' },
    ]);
  });

  it('reads CRLF line numbers', () => {
    const csv = 'title,lesson,themes\r\nA,"x\r\ny\r\nz",failure\r\nB,,failure\r\n';
    expect(ok(preview('a.csv', csv)).rejected).toEqual([{ line: 5, reason: 'myLessonBodyMissing' }]);
  });

  it('reads a spreadsheet that separates with semicolons or tabs', () => {
    const semicolons = 'title;lesson;themes\nA;"B, c";"failure;vision"\nD;E;people,vision\n';
    expect(ok(preview('a.csv', semicolons)).valid.map((draft) => draft.themes)).toEqual([
      ['failure', 'vision'],
      ['people', 'vision'],
    ]);
    const tabs = 'title\tlesson\tthemes\nA\tB, c\tfailure;vision\n';
    expect(ok(preview('a.tsv', tabs)).valid).toEqual([
      { title: 'A', body: 'B, c', themes: ['failure', 'vision'], lang: 'en' },
    ]);
  });

  it('rejects a row with too many or too few values, but ignores empty cells past the end', () => {
    const csv = 'title,lesson,themes\nA,B,C,failure\nD,failure\nE,F,failure,,,\n';
    const result = ok(preview('a.csv', csv));
    expect(result.valid.map((draft) => draft.title)).toEqual(['E']);
    expect(result.rejected).toEqual([
      { line: 2, reason: 'importLessonsFieldCount', values: { count: 4, columns: 3 } },
      { line: 3, reason: 'importLessonsFieldCount', values: { count: 2, columns: 3 } },
    ]);
  });

  it('rejects a row whose quotes are broken', () => {
    const csv = 'title,lesson,themes\nA,B,failure\nC,"D,failure\nE,F,failure\n';
    const result = ok(preview('a.csv', csv));
    expect(result.valid.map((draft) => draft.title)).toEqual(['A']);
    expect(result.rejected).toEqual([{ line: 3, reason: 'importLessonsBadQuotes' }]);
  });

  it('rejects rows that are too long, with the limit', () => {
    const csv = `title,lesson,themes\n${'t'.repeat(121)},B,failure\nA,${'b'.repeat(601)},failure\n`;
    expect(ok(preview('a.csv', csv)).rejected).toEqual([
      { line: 2, reason: 'myLessonTitleTooLong', values: { max: 120 } },
      { line: 3, reason: 'myLessonBodyTooLong', values: { max: 600 } },
    ]);
  });

  it('rejects a lesson you already have, and one the file repeats', () => {
    const existing = [stored({ title: 'Ship it', body: 'Now.', themes: ['vision'], lang: 'en' }, 1)];
    const csv = 'title,lesson,themes\n  SHIP IT ,now.,failure\nNew,Body,failure\nnew,BODY ,people\n';
    const result = ok(preview('a.csv', csv, existing));
    expect(result.valid.map((draft) => draft.title)).toEqual(['New']);
    expect(result.rejected).toEqual([
      { line: 2, reason: 'importLessonsDuplicate', values: { title: 'SHIP IT' } },
      { line: 4, reason: 'importLessonsDuplicateInFile', values: { line: 3 } },
    ]);
  });

  it.each([
    [
      'title,lesson,themes,author\n',
      'importLessonsUnknownColumn',
      { column: 'author', columns: CSV_COLUMNS.join(', ') },
    ],
    ['title,lesson,,themes\n', 'importLessonsUnknownColumn', { column: '', columns: CSV_COLUMNS.join(', ') }],
    ['title,lesson,Title,themes\n', 'importLessonsDuplicateColumn', { column: 'Title' }],
    ['title,themes\n', 'importLessonsMissingColumn', { column: 'lesson', required: 'title, lesson, themes' }],
    ['lesson,themes\n', 'importLessonsMissingColumn', { column: 'title', required: 'title, lesson, themes' }],
    ['A,B,failure\n', 'importLessonsUnknownColumn', { column: 'A', columns: CSV_COLUMNS.join(', ') }],
  ])('refuses the header %j', (csv, error, values) => {
    expect(preview('a.csv', csv)).toEqual({ error, values });
  });

  it('accepts a header with nothing under it, and spreadsheet padding after it', () => {
    expect(preview('a.csv', 'title,lesson,themes,,\n,,\n')).toEqual({ valid: [], rejected: [] });
  });
});

describe('JSON import and export', () => {
  const file = (lessons: unknown[], extra: object = {}) =>
    JSON.stringify({ format: 'lesson-tab-lessons', version: 1, lessons, ...extra });

  it('reads a file, rejecting each bad entry by its position', () => {
    const text = file([
      { title: 'A', lesson: 'B', themes: ['failure'], quote: 'Q', speaker: null, lang: 'fr' },
      { title: 'C', lesson: 'D', themes: ['failure'], author: 'me' },
      { title: 'E', lesson: 'F', themes: 'failure' },
      'a string',
      { title: 'G', lesson: '', themes: ['failure'] },
      { title: 'H', lesson: 'I', themes: ['moon'] },
      { title: 'J', lesson: 'K', themes: ['people'], lang: '' },
    ]);
    expect(ok(preview('x.json', text))).toEqual({
      valid: [
        { title: 'A', body: 'B', quote: 'Q', themes: ['failure'], lang: 'fr' },
        { title: 'J', body: 'K', themes: ['people'], lang: 'en' },
      ],
      rejected: [
        { line: 2, reason: 'importLessonsBadEntry', values: { field: 'author' } },
        { line: 3, reason: 'importLessonsBadEntry', values: { field: 'themes' } },
        { line: 4, reason: 'importLessonsBadEntry', values: { field: '/' } },
        { line: 5, reason: 'myLessonBodyMissing' },
        {
          line: 6,
          reason: 'importLessonsUnknownTheme',
          values: { theme: 'moon', themes: expect.any(String) },
        },
      ],
    });
  });

  it('gives back what it exported, whatever the file is named', () => {
    const lessons: MyLessonDraft[] = [
      {
        title: 'A',
        body: 'B\nC',
        quote: 'Q',
        speaker: 'S',
        tryThis: 'T',
        themes: ['vision', 'people'],
        source: 'X',
        lang: 'fr',
      },
      { title: 'D', body: 'E', themes: ['failure'], lang: 'en' },
    ];
    const text = lessonsToJson([stored(lessons[0] as MyLessonDraft, 1), lessons[1] as MyLessonDraft]);
    expect(JSON.parse(text).lessons[0]).not.toHaveProperty('id');
    expect(ok(preview('export.txt', `\n  ${text}`))).toEqual({ valid: lessons, rejected: [] });
    expect(ok(preview('no-extension', text)).valid).toEqual(lessons);
  });

  it.each([
    ['{"format":"lesson-tab-lessons",', 'importNotJson', undefined],
    ['[1,2]', 'importLessonsNotLessonsFile', { format: 'lesson-tab-lessons' }],
    ['"text"', 'importLessonsNotLessonsFile', { format: 'lesson-tab-lessons' }],
    [
      '{"format":"lesson-tab-favorites","version":1,"favorites":[]}',
      'importLessonsNotLessonsFile',
      { format: 'lesson-tab-lessons' },
    ],
    ['{"format":"lesson-tab-lessons","version":2,"lessons":[]}', 'importLessonsBadVersion', { version: '2' }],
    ['{"format":"lesson-tab-lessons","lessons":[]}', 'importLessonsBadVersion', { version: 'none' }],
    ['{"format":"lesson-tab-lessons","version":1}', 'importLessonsDamaged', { path: 'lessons' }],
    ['{"format":"lesson-tab-lessons","version":1,"lessons":{}}', 'importLessonsDamaged', { path: 'lessons' }],
    [
      '{"format":"lesson-tab-lessons","version":1,"lessons":[],"more":1}',
      'importLessonsDamaged',
      { path: 'more' },
    ],
    [
      '{"format":"lesson-tab-lessons","version":1,"lessons":[{"__proto__":{}}]}',
      'importForbiddenKey',
      { key: '__proto__' },
    ],
    [
      '{"constructor":1,"format":"lesson-tab-lessons","version":1,"lessons":[]}',
      'importForbiddenKey',
      { key: 'constructor' },
    ],
    [
      '{"format":"lesson-tab-lessons","version":1,"lessons":[{"a":{"prototype":1}}]}',
      'importForbiddenKey',
      { key: 'prototype' },
    ],
  ])('refuses %s', (text, error, values) => {
    expect(preview('x.json', text)).toEqual(values ? { error, values } : { error });
  });

  it('names its files by the local date', () => {
    expect(lessonsFileName(Date.UTC(2026, 10, 21, 23, 30), 'Europe/Paris')).toBe(
      'lesson-tab-lessons-2026-11-22.json',
    );
  });
});

describe('bad files', () => {
  const csv = `${HEADER}\nA,B,,,,failure,,\n`;

  it('refuses a file over 5 MB, by its byte length or its text', () => {
    expect(previewImport('a.csv', csv, MAX_LESSONS_FILE_BYTES + 1, [], 'en')).toEqual({
      error: 'importLessonsTooLarge',
    });
    const big = `${HEADER}\n${'x'.repeat(MAX_LESSONS_FILE_BYTES)}`;
    expect(previewImport('a.csv', big, 10, [], 'en')).toEqual({ error: 'importLessonsTooLarge' });
    expect(MESSAGES_EN.importLessonsTooLarge).toContain(`${MAX_LESSONS_FILE_BYTES / 1024 / 1024} MB`);
  });

  it.each(['', '  \n\r\n', '\uFEFF', '\n,,\n'])('refuses an empty file (%j)', (text) => {
    expect(preview('a.csv', text)).toEqual({ error: 'importLessonsEmpty' });
  });

  it.each(['lessons.xlsx', 'lessons.pdf', 'photo.png', 'notes.md'])('refuses %s', (name) => {
    expect(preview(name, csv)).toEqual({ error: 'importLessonsNotCsvOrJson' });
  });

  it.each(['\u0000', '\u0001', '\u0008', '\u000b', '\u000c', '\u001b', '\u007f'])(
    'refuses a file with control character %j',
    (char) => {
      expect(preview('a.csv', `${HEADER}\nA,B${char},,,,failure,,\n`)).toEqual({
        error: 'importLessonsControlChars',
      });
      expect(preview('a.json', `{"format":"lesson-tab-lessons"${char}}`)).toEqual({
        error: 'importLessonsControlChars',
      });
    },
  );

  it('rejects only the row with an escaped control character in JSON', () => {
    const text =
      '{"format":"lesson-tab-lessons","version":1,"lessons":[{"title":"A\\u0000","lesson":"B","themes":["failure"]}]}';
    expect(preview('a.json', text)).toEqual({
      valid: [],
      rejected: [{ line: 1, reason: 'myLessonControlChars' }],
    });
  });

  it('refuses a file that would take the user past MAX_MY_LESSONS', () => {
    const existing = Array.from({ length: MAX_MY_LESSONS - 1 }, (_, n) =>
      stored({ title: `T${n}`, body: 'B', themes: ['failure'], lang: 'en' }, n),
    );
    const two = 'title,lesson,themes\nX,Y,failure\nZ,W,failure\n';
    expect(preview('a.csv', two, existing)).toEqual({
      error: 'importLessonsTooMany',
      values: { count: 2, existing: MAX_MY_LESSONS - 1 },
    });
    // Rows that would not be added (here a duplicate) do not count.
    expect(
      ok(preview('a.csv', 'title,lesson,themes\nX,Y,failure\nT1,B,failure\n', existing)).valid,
    ).toHaveLength(1);
    expect(MESSAGES_EN.importLessonsTooMany).toContain(MAX_MY_LESSONS.toLocaleString('en'));
    expect(MESSAGES_FR.importLessonsTooMany).toContain(MAX_MY_LESSONS.toLocaleString('fr'));
  });
});

describe('sampleCsv', () => {
  it('is a valid file with every column, a quoted comma and two or three lessons', () => {
    const sample = sampleCsv();
    expect(sample.split(/\r?\n/)[0]).toBe(HEADER);
    expect(sample).toMatch(/"[^"]*,[^"]*"/);
    const result = ok(preview('sample.csv', sample));
    expect(result.rejected).toEqual([]);
    expect(result.valid.length).toBeGreaterThanOrEqual(2);
    expect(result.valid.length).toBeLessThanOrEqual(3);
    for (const field of ['quote', 'speaker', 'tryThis', 'source'] as const) {
      expect(result.valid.some((draft) => draft[field])).toBe(true);
    }
    expect(new Set(result.valid.map((draft) => draft.lang))).toEqual(new Set(['en', 'fr']));
  });
});
