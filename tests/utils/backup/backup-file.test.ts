import { describe, expect, it } from 'vitest';
import {
  type Backup,
  type BackupContents,
  backupFileName,
  backupToJson,
  MAX_BACKUP_BYTES,
  parseBackup,
  previewRestore,
} from '../../../utils/backup/backup-file';
import { favoritesToJson } from '../../../utils/favorites/favorites-file';
import { MAX_MY_LESSONS, type MyLesson } from '../../../utils/my-lessons/my-lesson';
import { DEFAULT_SETTINGS } from '../../../utils/settings/settings';
import fixture from '../../fixtures/backup-v1.json';
import { sampleFavorite } from '../favorites/favorites-test-kit';

const NOW = Date.UTC(2026, 10, 21, 23, 30, 0);

const lesson = (suffix: string, updatedAt = 1_763_000_000_000): MyLesson => ({
  id: `my-${suffix.padEnd(12, '0')}`,
  title: `Lesson ${suffix}`,
  body: `What ${suffix} taught me.`,
  themes: ['persistence'],
  lang: 'en',
  createdAt: updatedAt - 1000,
  updatedAt,
});

const CONTENTS: BackupContents = {
  settings: { ...DEFAULT_SETTINGS, themes: ['failure', 'vision'], rotation: 'hourly', language: 'fr' },
  favorites: [
    sampleFavorite('three-years-of-zero-revenue', 1_763_700_000_000),
    {
      ...sampleFavorite('repair-the-roof-in-sunshine', 1_763_600_000_000),
      note: 'A note — « ça » 🚀',
      noteAt: 1_763_650_000_000,
    },
  ],
  lessons: [
    {
      ...lesson('a'),
      quote: 'A quote.',
      speaker: 'Someone',
      tryThis: 'Try it.',
      source: 'A book',
      themes: ['customers', 'going-global'],
    },
    { ...lesson('b'), lang: 'fr' },
  ],
};

const bytes = (text: string) => new TextEncoder().encode(text).length;
const parse = (text: string) => parseBackup(text, bytes(text));
const parsed = (text: string): Backup => {
  const result = parse(text);
  if (!result.ok) throw new Error(`refused: ${result.error} ${JSON.stringify(result.values)}`);
  return result.backup;
};

/** A valid backup as plain data, to spoil one part of. */
type File = Record<string, unknown> & {
  settings: Record<string, unknown>;
  lessons: Record<string, unknown>[];
};
const validFile = (): File => JSON.parse(backupToJson(CONTENTS, NOW));
const withFile = (change: (file: File) => unknown) => {
  const file = validFile();
  return JSON.stringify(change(file) ?? file);
};

describe('backup file', () => {
  it('round-trips favorites, lessons and settings', () => {
    expect(parsed(backupToJson(CONTENTS, NOW))).toEqual({ ...CONTENTS, exportedAt: NOW });
  });

  it('writes the documented shape, with ISO dates', () => {
    const file = validFile();
    expect(Object.keys(file)).toEqual([
      'format',
      'version',
      'exportedAt',
      'settings',
      'favorites',
      'lessons',
    ]);
    expect(file).toMatchObject({
      format: 'lesson-tab-backup',
      version: 2,
      exportedAt: '2026-11-21T23:30:00.000Z',
    });
    expect((file.favorites as unknown[])[1]).toMatchObject({
      note: 'A note — « ça » 🚀',
      noteAt: '2025-11-20T14:46:40.000Z',
    });
    expect(file.lessons[1]).toEqual({
      id: 'my-b00000000000',
      title: 'Lesson b',
      body: 'What b taught me.',
      themes: ['persistence'],
      lang: 'fr',
      createdAt: '2025-11-13T02:13:19.000Z',
      updatedAt: '2025-11-13T02:13:20.000Z',
    });
  });

  it('holds the same favorite entries as the favorites file', () => {
    const favoritesFile = JSON.parse(favoritesToJson(CONTENTS.favorites, NOW));
    expect(validFile().favorites).toEqual(favoritesFile.favorites);
  });

  it('leaves out whatever else a stored record carries, so the file stays readable', () => {
    const extra = { ...lesson('c'), stray: true } as MyLesson;
    const settings = { ...DEFAULT_SETTINGS, stray: 1 };
    expect(parsed(backupToJson({ ...CONTENTS, settings, lessons: [extra] }, NOW)).lessons).toEqual([
      lesson('c'),
    ]);
  });

  it('is named after the local date', () => {
    expect(backupFileName(NOW, 'UTC')).toBe('lesson-tab-backup-2026-11-21.json');
    expect(backupFileName(NOW, 'Pacific/Auckland')).toBe('lesson-tab-backup-2026-11-22.json');
  });

  it('reads the version 1 fixture, and writes it back the same as version 2', () => {
    const text = JSON.stringify(fixture);
    const backup = parsed(text);
    expect(backup.favorites.map((favorite) => favorite.lessonId)).toEqual([
      'three-years-of-zero-revenue',
      'repair-the-roof-in-sunshine',
    ]);
    expect(backup.lessons.map((entry) => entry.id)).toEqual(['my-k3v9x0q2m7ab', 'my-0p4r5t6u7w8y']);
    expect(backup.settings).toEqual({
      themes: ['failure', 'customers', 'persistence', 'vision'],
      rotation: 'daily',
      lessonsFrom: 'all',
      appearance: 'dark',
      language: 'fr',
      // Settings added since take their default.
      comeBack: 'sometimes',
      syncFavorites: true,
    });
    // Its note has no time: as any note written before notes had one.
    expect(backup.favorites[0]).toMatchObject({ note: fixture.favorites[0]?.note });
    expect(backup.favorites[0]?.noteAt).toBeUndefined();
    expect(JSON.parse(backupToJson(backup, backup.exportedAt))).toEqual({
      ...fixture,
      version: 2,
      settings: { ...fixture.settings, comeBack: 'sometimes', syncFavorites: true },
    });
  });

  it('accepts themes in any order, and keeps them in the usual one', () => {
    const text = withFile((file) => {
      file.settings.themes = ['vision', 'failure'];
    });
    expect(parsed(text).settings.themes).toEqual(['failure', 'vision']);
  });

  it('tidies a lesson the way the form does (trimmed text, themes matched loosely)', () => {
    const text = withFile((file) => {
      Object.assign(file.lessons[1] as object, {
        title: '  Lesson b  ',
        themes: ['Persistence'],
        lang: 'FR',
      });
    });
    expect(parsed(text).lessons[1]).toEqual(CONTENTS.lessons[1]);
  });

  it('accepts an empty backup', () => {
    const empty = { settings: DEFAULT_SETTINGS, favorites: [], lessons: [] };
    expect(parsed(backupToJson(empty, NOW))).toEqual({ ...empty, exportedAt: NOW });
  });

  it('reads a file that starts with a byte order mark', () => {
    expect(parsed(`\uFEFF${backupToJson(CONTENTS, NOW)}`).lessons).toHaveLength(2);
  });
});

describe('refusing a backup', () => {
  const tooManyLessons = withFile((file) => {
    file.lessons = Array.from({ length: MAX_MY_LESSONS + 1 }, (_, i) => ({
      ...file.lessons[1],
      id: `my-${String(i).padStart(8, '0')}`,
    }));
  });

  it.each<[string, string, string, Record<string, string | number>?]>([
    ['not JSON', 'title,body\nA,B', 'backupNotJson'],
    ['truncated JSON', backupToJson(CONTENTS, NOW).slice(0, -3), 'backupNotJson'],
    [
      'a favorites file',
      favoritesToJson(CONTENTS.favorites, NOW),
      'backupNotBackup',
      { format: 'lesson-tab-backup' },
    ],
    ['an array', '[]', 'backupNotBackup', { format: 'lesson-tab-backup' }],
    ['null', 'null', 'backupNotBackup', { format: 'lesson-tab-backup' }],
    ['a newer version', withFile((file) => ({ ...file, version: 3 })), 'backupNewerVersion', { version: 3 }],
    ['version 0', withFile((file) => ({ ...file, version: 0 })), 'backupBadVersion', { version: '0' }],
    [
      'version as text',
      withFile((file) => ({ ...file, version: '1' })),
      'backupBadVersion',
      { version: '"1"' },
    ],
    ['no version', withFile(({ version: _gone, ...file }) => file), 'backupDamaged', { path: 'version' }],
    [
      'a __proto__ key',
      backupToJson(CONTENTS, NOW).replace('{', '{"__proto__":{"polluted":true},'),
      'backupForbiddenKey',
      { key: '__proto__' },
    ],
    [
      'a constructor key in a lesson',
      withFile((file) => {
        Object.assign(file.lessons[0] as object, { constructor: {} });
      }),
      'backupForbiddenKey',
      { key: 'constructor' },
    ],
    [
      'a prototype key in the settings',
      withFile((file) => {
        file.settings.prototype = {};
      }),
      'backupForbiddenKey',
      { key: 'prototype' },
    ],
    [
      'a favorite twice',
      withFile((file) => ({
        ...file,
        favorites: [...(file.favorites as unknown[]), (file.favorites as unknown[])[0]],
      })),
      'backupDuplicate',
      { id: 'three-years-of-zero-revenue' },
    ],
    [
      'a lesson id twice',
      withFile((file) => {
        Object.assign(file.lessons[1] as object, { id: file.lessons[0]?.id });
      }),
      'backupDuplicate',
      { id: 'my-a00000000000' },
    ],
    [
      'more lessons than anyone may keep',
      tooManyLessons,
      'backupTooManyLessons',
      { count: MAX_MY_LESSONS + 1 },
    ],
    [
      'an extra field at the top',
      withFile((file) => ({ ...file, extra: 1 })),
      'backupDamaged',
      { path: 'extra' },
    ],
    ['no lessons', withFile(({ lessons: _gone, ...file }) => file), 'backupDamaged', { path: 'lessons' }],
    [
      'a bad export date',
      withFile((file) => ({ ...file, exportedAt: 'yesterday' })),
      'backupDamaged',
      { path: 'exportedAt' },
    ],
    [
      'a damaged favorite',
      withFile((file) => {
        const [first] = file.favorites as { snapshot: { title: string } }[];
        if (first) first.snapshot.title = '';
      }),
      'backupDamaged',
      { path: 'favorites.0.snapshot.title' },
    ],
    [
      'a note over 1,000 characters',
      withFile((file) => {
        Object.assign((file.favorites as object[])[1] as object, { note: 'x'.repeat(1001) });
      }),
      'backupDamaged',
      { path: 'favorites.1.note' },
    ],
    [
      'a note time that is not a date',
      withFile((file) => {
        Object.assign((file.favorites as object[])[1] as object, { noteAt: 1_763_650_000_000 });
      }),
      'backupDamaged',
      { path: 'favorites.1.noteAt' },
    ],
    [
      'a note time in a version 1 backup (it had none)',
      withFile((file) => ({ ...file, version: 1 })),
      'backupDamaged',
      { path: 'favorites.1.noteAt' },
    ],
    ...(
      [
        ['a lesson id not of the user’s', { id: 'three-years-of-zero-revenue' }, 'lessons.0.id'],
        ['a lesson with an unknown field', { html: '<img>' }, 'lessons.0.html'],
        ['a lesson with a number for a title', { title: 7 }, 'lessons.0.title'],
        ['a lesson date that is not ISO', { createdAt: '2026-11-21' }, 'lessons.0.createdAt'],
        ['a lesson without a title', { title: '  ' }, 'lessons.0.title'],
        ['a lesson title too long', { title: 'x'.repeat(121) }, 'lessons.0.title'],
        ['a lesson with an unknown theme', { themes: ['cooking'] }, 'lessons.0.themes'],
        ['a lesson without themes', { themes: [] }, 'lessons.0.themes'],
        ['a lesson speaker without a quote', { quote: undefined }, 'lessons.0.speaker'],
        ['a lesson in another language', { lang: 'de' }, 'lessons.0.lang'],
        ['a one-line field with a line break', { tryThis: 'Two\nlines' }, 'lessons.0.tryThis'],
      ] as const
    ).map(
      ([name, change, path]) =>
        [
          name,
          withFile((file) => {
            Object.assign(file.lessons[0] as object, change);
          }),
          'backupDamaged',
          { path },
        ] as [string, string, string, Record<string, string>],
    ),
    ...(
      [
        ['no settings', (file: File) => ({ ...file, settings: undefined }), 'settings'],
        ['settings as a list', (file: File) => ({ ...file, settings: ['daily'] }), 'settings.0'],
        [
          'an unknown setting',
          (file: File) => ({ ...file, settings: { ...file.settings, sound: 'on' } }),
          'settings.sound',
        ],
        [
          'a missing setting',
          (file: File) => ({ ...file, settings: { ...file.settings, language: undefined } }),
          'settings.language',
        ],
        [
          'an unknown rotation',
          (file: File) => ({ ...file, settings: { ...file.settings, rotation: 'weekly' } }),
          'settings.rotation',
        ],
        [
          'an unknown theme',
          (file: File) => ({ ...file, settings: { ...file.settings, themes: ['failure', 'cooking'] } }),
          'settings.themes',
        ],
        [
          'a theme twice',
          (file: File) => ({ ...file, settings: { ...file.settings, themes: ['failure', 'failure'] } }),
          'settings.themes',
        ],
        [
          'themes as text',
          (file: File) => ({ ...file, settings: { ...file.settings, themes: 'failure' } }),
          'settings.themes',
        ],
        [
          'a null language',
          (file: File) => ({ ...file, settings: { ...file.settings, language: null } }),
          'settings.language',
        ],
      ] as const
    ).map(
      ([name, change, path]) =>
        [name, withFile(change), 'backupDamaged', { path }] as [
          string,
          string,
          string,
          Record<string, string>,
        ],
    ),
  ])('refuses %s', (_name, text, error, values) => {
    expect(parse(text)).toEqual(values ? { ok: false, error, values } : { ok: false, error });
  });

  it('refuses a file over 50 MB before reading it', () => {
    const text = backupToJson(CONTENTS, NOW);
    expect(parseBackup(text, MAX_BACKUP_BYTES + 1)).toEqual({ ok: false, error: 'backupTooLarge' });
    const padded = text.replace('{', `{${' '.repeat(MAX_BACKUP_BYTES)}`);
    expect(parseBackup(padded, 10)).toEqual({ ok: false, error: 'backupTooLarge' });
  });

  it('does not touch Object.prototype', () => {
    parse('{"format":"lesson-tab-backup","__proto__":{"polluted":true}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('restore preview', () => {
  const backup = parsed(backupToJson(CONTENTS, NOW));

  it('counts what a backup restores over an empty browser', () => {
    const empty = { settings: DEFAULT_SETTINGS, favorites: [], lessons: [] };
    expect(previewRestore(empty, backup)).toEqual({
      favorites: {
        restored: 2,
        added: ['three-years-of-zero-revenue', 'repair-the-roof-in-sunshine'],
        removed: [],
      },
      lessons: { restored: 2, added: ['my-a00000000000', 'my-b00000000000'], removed: [], changed: [] },
      settings: ['themes', 'rotation', 'language'],
    });
  });

  it('finds nothing to change when the backup is what is here', () => {
    expect(previewRestore(CONTENTS, backup)).toEqual({
      favorites: { restored: 2, added: [], removed: [] },
      lessons: { restored: 2, added: [], removed: [], changed: [] },
      settings: [],
    });
  });

  it('lists what is added, removed and changed', () => {
    const current: BackupContents = {
      settings: { ...CONTENTS.settings, themes: ['vision', 'failure'], appearance: 'dark' },
      favorites: [CONTENTS.favorites[0] as never, sampleFavorite('gentleness-is-tenacity')],
      lessons: [
        // Edited since the backup: its words differ.
        { ...(CONTENTS.lessons[0] as MyLesson), body: 'Rewritten since.', updatedAt: NOW },
        // Only its times differ: not a change of words.
        { ...(CONTENTS.lessons[1] as MyLesson), updatedAt: NOW },
        lesson('c'),
        lesson('d'),
      ],
    };
    expect(previewRestore(current, backup)).toEqual({
      favorites: { restored: 2, added: ['repair-the-roof-in-sunshine'], removed: ['gentleness-is-tenacity'] },
      lessons: {
        restored: 2,
        added: [],
        removed: ['my-c00000000000', 'my-d00000000000'],
        changed: ['my-a00000000000'],
      },
      settings: ['appearance'],
    });
  });
});
