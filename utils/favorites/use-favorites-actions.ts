/** The favorites library's actions (remove with undo, export, import) and their notices. */
import { useState } from 'preact/hooks';
import type { Notice } from '../../components/NoticeLine';
import { download } from '../files/download';
import type { Translate } from '../i18n/i18n';
import type { Favorite } from './favorites-db';
import { FavoritesError } from './favorites-errors';
import type { FavoritesStore } from './favorites-store';

const errorText = (t: Translate, error: unknown) =>
  error instanceof FavoritesError ? t(error.key, error.values) : t('favoritesWriteFailed');

/** Everything the FavoritesLibrary needs besides the list, with its notices. */
export function useFavoritesActions(
  store: FavoritesStore,
  t: Translate,
  { now = Date.now, saving = false }: { now?: () => number; saving?: boolean } = {},
) {
  const [notice, setNotice] = useState<Notice>();
  const fail = (error: unknown, file?: File) => {
    const reason = errorText(t, error);
    setNotice({ text: file ? t('importFailed', { file: file.name, reason }) : reason, tone: 'error' });
  };

  const remove = async (favorite: Favorite) => {
    try {
      await store.remove(favorite.lessonId);
      setNotice({
        text: t('removedNotice', { title: favorite.snapshot.title }),
        tone: 'info',
        undo: () => {
          setNotice(undefined);
          store.toggle(favorite, true).catch((error) => fail(error));
        },
      });
    } catch (error) {
      fail(error);
    }
  };

  const exportAs = async (kind: 'json' | 'md') => {
    const file = await import('./favorites-file');
    const { favorites } = store.getState();
    const content =
      kind === 'json'
        ? file.favoritesToJson(favorites, now())
        : file.favoritesToMarkdown(favorites, now(), t);
    download(
      file.exportFileName(kind, now()),
      content,
      kind === 'json' ? 'application/json' : 'text/markdown',
    );
    const count = favorites.length;
    setNotice({ text: count === 1 ? t('exportedOne') : t('exportedMany', { count }), tone: 'info' });
  };

  const importFrom = async (file: File) => {
    try {
      const { MAX_FILE_BYTES } = await import('./favorites-file');
      // Refuse a huge file before reading it into memory.
      const content = file.size > MAX_FILE_BYTES ? '' : await file.text();
      const { added, updated, skipped } = await store.importFile(content, file.size);
      setNotice({ text: t('importedNotice', { file: file.name, added, updated, skipped }), tone: 'info' });
    } catch (error) {
      fail(error, file);
    }
  };

  // While a write is slow, say it is still saving (unless there is more to say).
  const shown: Notice | undefined =
    notice ?? (saving ? { text: t('favoritesSlow'), tone: 'info' } : undefined);
  return { notice: shown, remove, exportAs, importFrom, clearNotice: () => setNotice(undefined) };
}
