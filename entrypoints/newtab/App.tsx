import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { DeckNav } from '../../components/DeckNav';
import { EmptyDeck } from '../../components/EmptyDeck';
import { FavoriteButton } from '../../components/FavoriteButton';
import { FavoritesDialog } from '../../components/FavoritesDialog';
import { FavoritesLibrary } from '../../components/FavoritesLibrary';
import { LessonCard } from '../../components/LessonCard';
import type { Lesson } from '../../data/lesson';
import { favoriteFromLesson } from '../../utils/favorite-snapshot';
import type { FavoritesStore } from '../../utils/favorites-store';
import { append, canGoBack, currentId, goBack, goForward, type LessonTrail } from '../../utils/lesson-trail';
import type { Settings } from '../../utils/settings';
import { shortcutFor } from '../../utils/shortcuts';
import { useFavoritesActions, useFavoritesState } from '../../utils/use-favorites';
import { useLiveSettings } from '../../utils/use-live-settings';

export interface AppProps {
  initialTrail: LessonTrail;
  initialSettings: Settings;
  lessonById: (id: string | undefined) => Lesson | undefined;
  /** The ids the settings allow, given the favorites. */
  deckFor: (settings: Settings, favoriteIds: ReadonlySet<string>) => string[];
  /** Draws the next card of the rotation (shared by every tab) from the given deck. */
  drawNext: (deckIds: readonly string[]) => Promise<string | undefined>;
  favorites: FavoritesStore;
  settingsUrl: string;
  now?: () => number;
}

export function App(props: AppProps) {
  const { initialTrail, initialSettings, lessonById, deckFor, drawNext, favorites, settingsUrl } = props;
  const now = props.now ?? Date.now;
  const [trail, setTrail] = useState(initialTrail);
  const [libraryOpen, setLibraryOpen] = useState(false);
  const settings = useLiveSettings(initialSettings);
  const favoritesState = useFavoritesState(favorites);
  const actions = useFavoritesActions(favorites, now);
  const favoriteIds = useMemo(
    () => new Set(favoritesState.favorites.map((f) => f.lessonId)),
    [favoritesState.favorites],
  );
  const deckIds = useMemo(() => deckFor(settings, favoriteIds), [deckFor, settings, favoriteIds]);
  const lesson = deckIds.length > 0 ? lessonById(currentId(trail)) : undefined;
  const isFavorite = lesson ? favoriteIds.has(lesson.id) : false;
  const unavailable = favoritesState.status === 'ready' ? undefined : favoritesState.message;

  // The database opens after the card is on screen: nothing on the first frame waits for it.
  useEffect(() => {
    void favorites.start();
    return () => favorites.close();
  }, [favorites]);

  // When the settings change (not the favorites), a card they no longer allow gives way.
  const deckRef = useRef(deckIds);
  deckRef.current = deckIds;
  useEffect(() => {
    const id = currentId(trail);
    const deck = deckRef.current;
    if (deck.length > 0 && (!id || !deck.includes(id))) {
      void drawNext(deck).then((next) => next && setTrail((current) => append(current, next)));
    }
    // Only a settings change should trigger this, not every step through the trail.
  }, [settings.themes, settings.lessonsFrom]);

  const previous = useCallback(() => setTrail(goBack), []);
  const next = useCallback(async () => {
    const forward = goForward(trail);
    if (forward) return setTrail(forward);
    const id = await drawNext(deckRef.current);
    if (id) setTrail((current) => append(current, id));
  }, [trail, drawNext]);
  const toggleFavorite = useCallback(() => {
    if (!lesson || favoritesState.status !== 'ready') return;
    // The store shows the change at once, and undoes it with a message if the write fails.
    favorites.toggle(favoriteFromLesson(lesson, now()), !isFavorite).catch(() => undefined);
  }, [lesson, isFavorite, favorites, favoritesState.status, now]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (libraryOpen) return;
      const { key, altKey, ctrlKey, metaKey } = event;
      const action = shortcutFor({
        key,
        altKey,
        ctrlKey,
        metaKey,
        target: event.target as HTMLElement | null,
      });
      if (!action) return;
      event.preventDefault();
      if (action === 'next') void next();
      else if (action === 'previous') previous();
      else toggleFavorite();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [next, previous, toggleFavorite, libraryOpen]);

  return (
    <div class="page">
      <header class="toolbar">
        <button
          type="button"
          class="toolbar__button"
          aria-haspopup="dialog"
          onClick={() => setLibraryOpen(true)}
        >
          <span aria-hidden="true">♥</span> Favorites
        </button>
        <a class="toolbar__button" href={settingsUrl}>
          Settings
        </a>
      </header>
      <main class="page__main">
        {lesson ? (
          <>
            <LessonCard
              key={lesson.id}
              lesson={lesson}
              actions={
                <FavoriteButton pressed={isFavorite} unavailable={unavailable} onToggle={toggleFavorite} />
              }
            />
            <DeckNav canGoBack={canGoBack(trail)} onPrevious={previous} onNext={next} />
          </>
        ) : (
          <EmptyDeck
            reason={
              settings.lessonsFrom === 'favorites' && settings.themes.length > 0
                ? 'no-favorites'
                : 'no-themes'
            }
            settingsUrl={settingsUrl}
          />
        )}
        <p class="page__status" role="status">
          {favoritesState.message}
        </p>
      </main>
      <FavoritesDialog open={libraryOpen} onClose={() => setLibraryOpen(false)}>
        <FavoritesLibrary
          favorites={favoritesState.favorites}
          unavailable={unavailable}
          notice={actions.notice}
          onRemove={actions.remove}
          onShow={(id) => {
            setTrail((current) => append(current, id));
            setLibraryOpen(false);
          }}
          canShow={(id) => lessonById(id) !== undefined}
          onExport={actions.exportAs}
          onImport={actions.importFrom}
          autofocusSearch
        />
      </FavoritesDialog>
    </div>
  );
}
