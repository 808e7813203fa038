/**
 * "Back up everything" and "Restore from a backup" on the options page: the file made from the
 * page's own lists and settings, and a restore that shows what it will change before it writes.
 * The database step is one transaction (backup-db.ts); the page's stores, and every other open
 * page, are then told to read their lists again, as after any change of theirs.
 */
import { useState } from 'preact/hooks';
import type { Notice } from '../../components/NoticeLine';
import type { Favorite } from '../favorites/favorites-db';
import { download } from '../files/download';
import type { Translate } from '../i18n/i18n';
import type { MyLesson } from '../my-lessons/my-lesson';
import type { Settings } from '../settings/settings';
import { announceDatabaseChanged } from '../storage/announce-changed';
import type { Backup } from './backup-file';

export interface BackupDeps {
  t: Translate;
  lang: string;
  settings: Settings;
  /** The settings could not be read: the page shows defaults, which must not be backed up. */
  settingsUnread: boolean;
  /** Firefox keeps a private window's storage apart and drops it with the window. */
  privateWindow: boolean;
  /** What the restore preview compares with (the page's lists). */
  favorites: readonly Favorite[];
  lessons: readonly MyLesson[];
  /** Saves restored settings the way the page saves any change. */
  applySettings: (settings: Settings) => void;
  now?: () => number;
}

export interface PendingRestore {
  file: string;
  backup: Backup;
  /** What will change, in words. */
  lines: string[];
}

const database = async () => {
  const [{ openFavoritesDb }, backupDb] = await Promise.all([
    import('../favorites/favorites-db'),
    import('./backup-db'),
  ]);
  return { db: await openFavoritesDb(), ...backupDb };
};

export function useBackup(deps: BackupDeps) {
  const { t, lang, settings, favorites, lessons, applySettings, now = Date.now } = deps;
  const [notice, setNotice] = useState<Notice>();
  const [pending, setPending] = useState<PendingRestore>();
  const current = { settings, favorites: [...favorites], lessons: [...lessons] };

  /** Why nothing can be backed up or restored here, if so. */
  const refusal = () =>
    deps.privateWindow ? t('backupPrivate') : deps.settingsUnread ? t('backupUnavailable') : undefined;

  const backUp = async () => {
    const refused = refusal();
    if (refused) return setNotice({ text: refused, tone: 'error' });
    try {
      const { backupToJson, backupFileName } = await import('./backup-file');
      // What is stored, read in one transaction: not the page's lists, which may still be loading.
      const { db, readEverything } = await database();
      const stored = await readEverything(db).finally(() => db.close());
      download(backupFileName(now()), backupToJson({ settings, ...stored }, now()), 'application/json');
      setNotice({
        text: t('backupExported', { favorites: stored.favorites.length, lessons: stored.lessons.length }),
        tone: 'info',
      });
    } catch {
      setNotice({ text: t('backupUnavailable'), tone: 'error' });
    }
  };

  const choose = async (file: File) => {
    setNotice(undefined);
    setPending(undefined);
    const refused = refusal();
    if (refused) return setNotice({ text: refused, tone: 'error' });
    const { MAX_BACKUP_BYTES, parseBackup, previewRestore, SETTING_LABELS } = await import('./backup-file');
    // A huge file is refused before it is read into memory.
    const text = file.size > MAX_BACKUP_BYTES ? '' : await file.text();
    const parsed = parseBackup(text, file.size);
    if (!parsed.ok) {
      const reason = t(parsed.error, parsed.values);
      setNotice({ text: t('backupFailed', { file: file.name, reason }), tone: 'error' });
      return;
    }
    const { backup } = parsed;
    const change = previewRestore(current, backup);
    const date = new Date(backup.exportedAt).toLocaleString(lang, {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    const lines = [
      t('backupMadeOn', { date }),
      t('backupPreview', { favorites: backup.favorites.length, lessons: backup.lessons.length }),
    ];
    const added = { favorites: change.favorites.added.length, lessons: change.lessons.added.length };
    const removed = { favorites: change.favorites.removed.length, lessons: change.lessons.removed.length };
    if (added.favorites + added.lessons > 0) lines.push(t('backupWillAdd', added));
    if (removed.favorites + removed.lessons > 0) lines.push(t('backupWillRemove', removed));
    if (change.lessons.changed.length > 0)
      lines.push(t('backupWillChange', { lessons: change.lessons.changed.length }));
    lines.push(
      change.settings.length > 0
        ? t('backupSettingsChange', {
            settings: change.settings.map((name) => t(SETTING_LABELS[name])).join(', '),
          })
        : t('backupSettingsSame'),
    );
    setPending({ file: file.name, backup, lines });
  };

  const confirm = async () => {
    if (!pending) return;
    const { file, backup } = pending;
    try {
      const { db, restoreBackup } = await database();
      await restoreBackup(db, backup.favorites, backup.lessons).finally(() => db.close());
      // This page's stores and every other open page read their lists again.
      announceDatabaseChanged();
      applySettings(backup.settings);
      setPending(undefined);
      setNotice({
        text: t('backupRestored', {
          file,
          favorites: backup.favorites.length,
          lessons: backup.lessons.length,
        }),
        tone: 'info',
      });
    } catch {
      setNotice({ text: t('backupFailed', { file, reason: t('favoritesWriteFailed') }), tone: 'error' });
    }
  };

  return { notice, pending, backUp, choose, confirm, cancel: () => setPending(undefined) };
}
