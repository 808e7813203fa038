/** Preact glue between a page and the favorites store: its state, and the library's actions. */
import { useEffect, useState } from 'preact/hooks';
import type { Notice } from '../components/FavoritesLibrary';
import type { Favorite } from './favorites-db';
import type { FavoritesState, FavoritesStore } from './favorites-store';

export function useFavoritesState(store: FavoritesStore): FavoritesState {
  const [state, setState] = useState(store.getState());
  useEffect(() => {
    setState(store.getState());
    return store.subscribe(() => setState(store.getState()));
  }, [store]);
  return state;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

function download(fileName: string, content: string, type: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Everything the FavoritesLibrary needs besides the list, with its notices. */
export function useFavoritesActions(store: FavoritesStore, now: () => number = Date.now) {
  const [notice, setNotice] = useState<Notice>();

  const remove = async (favorite: Favorite) => {
    try {
      await store.remove(favorite.lessonId);
      setNotice({
        text: `Removed “${favorite.snapshot.title}”.`,
        tone: 'info',
        undo: () => {
          setNotice(undefined);
          store.toggle(favorite, true).catch((error) => setNotice({ text: errorText(error), tone: 'error' }));
        },
      });
    } catch (error) {
      setNotice({ text: errorText(error), tone: 'error' });
    }
  };

  const exportAs = async (kind: 'json' | 'md') => {
    const file = await import('./favorites-file');
    const { favorites } = store.getState();
    const content =
      kind === 'json' ? file.favoritesToJson(favorites, now()) : file.favoritesToMarkdown(favorites, now());
    download(
      file.exportFileName(kind, now()),
      content,
      kind === 'json' ? 'application/json' : 'text/markdown',
    );
    setNotice({
      text: `Exported ${favorites.length} favorite${favorites.length === 1 ? '' : 's'}.`,
      tone: 'info',
    });
  };

  const importFrom = async (file: File) => {
    try {
      const { MAX_FILE_BYTES } = await import('./favorites-file');
      // Refuse a huge file before reading it into memory.
      const content = file.size > MAX_FILE_BYTES ? '' : await file.text();
      const { added, updated, skipped } = await store.importFile(content, file.size);
      setNotice({
        text: `Imported “${file.name}”: ${added} added, ${updated} updated, ${skipped} skipped.`,
        tone: 'info',
      });
    } catch (error) {
      setNotice({ text: `Could not import “${file.name}”. ${errorText(error)}`, tone: 'error' });
    }
  };

  return { notice, remove, exportAs, importFrom, clearNotice: () => setNotice(undefined) };
}
