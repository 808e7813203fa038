import { useEffect } from 'preact/hooks';
import { FavoritesLibrary } from '../../components/FavoritesLibrary';
import type { FavoritesStore } from '../../utils/favorites-store';
import { useFavoritesActions, useFavoritesState } from '../../utils/use-favorites';

export interface AppProps {
  favorites: FavoritesStore;
}

export function App({ favorites }: AppProps) {
  const state = useFavoritesState(favorites);
  const actions = useFavoritesActions(favorites);

  useEffect(() => {
    void favorites.start();
    return () => favorites.close();
  }, [favorites]);

  return (
    <div class="options">
      <header class="options__header">
        <h1>Lesson Tab settings</h1>
      </header>
      <main>
        <section class="options__section" aria-labelledby="favorites-heading">
          <h2 id="favorites-heading">Favorites</h2>
          <FavoritesLibrary
            favorites={state.favorites}
            unavailable={state.status === 'ready' ? undefined : state.message}
            notice={actions.notice}
            onRemove={actions.remove}
            onExport={actions.exportAs}
            onImport={actions.importFrom}
          />
        </section>
      </main>
    </div>
  );
}
