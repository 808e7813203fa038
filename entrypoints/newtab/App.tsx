import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { NewTabPage } from '../../components/NewTabPage';
import type { Lesson } from '../../data/lesson';
import { favoriteFromLesson } from '../../utils/favorite-snapshot';
import type { FavoritesStore } from '../../utils/favorites-store';
import { type LanguagePack, resolveLanguage } from '../../utils/i18n';
import { I18nContext, useDocumentLanguage, useLanguagePack } from '../../utils/i18n-context';
import { lessonAsText } from '../../utils/lesson-text';
import {
  append,
  canGoBack,
  currentId,
  goBack,
  goForward,
  type LessonTrail,
  startTrail,
} from '../../utils/lesson-trail';
import { localizeLesson } from '../../utils/localize-lesson';
import type { Settings } from '../../utils/settings';
import { shortcutFor } from '../../utils/shortcuts';
import { useFavoritesState } from '../../utils/use-favorites';
import { useLiveSettings } from '../../utils/use-live-settings';
import type { Panel, Panels as PanelsComponent } from './Panels';

export interface AppProps {
  initialTrail: LessonTrail;
  /** The recent ids once the rotation is saved, for "Previous lesson" in a tab opened quickly. */
  recentLater?: Promise<string[] | undefined>;
  initialSettings: Settings;
  /** The browser's language, for the "auto" language setting. */
  browserLanguage: string;
  /** The language the first frame is in, loaded before it. */
  initialLanguage: LanguagePack;
  lessonById: (id: string | undefined) => Lesson | undefined;
  /** The ids the settings allow, given the favorites. */
  deckFor: (settings: Settings, favoriteIds: ReadonlySet<string>) => string[];
  /** Draws the next card of the rotation (shared by every tab) from the given deck. */
  drawNext: (deckIds: readonly string[]) => Promise<string | undefined>;
  favorites: FavoritesStore;
  settingsUrl: string;
  now?: () => number;
}

/** The dialogs' code and styles load when one is first opened (see Panels). */
const loadPanels = () => import('./Panels').then((module) => module.Panels);

export function App(props: AppProps) {
  const {
    initialTrail,
    initialSettings,
    browserLanguage,
    lessonById,
    deckFor,
    drawNext,
    favorites,
    settingsUrl,
  } = props;
  const now = props.now ?? Date.now;
  const settings = useLiveSettings(initialSettings);
  const { i18n, lessons: translations } = useLanguagePack(
    resolveLanguage(settings.language, browserLanguage),
    props.initialLanguage,
  );
  const { lang, t } = i18n;
  const [trail, setTrail] = useState(initialTrail);
  const [panel, setPanel] = useState<Panel>();
  const [Panels, setPanels] = useState<typeof PanelsComponent>();
  const openPanel = useCallback((opened: Panel) => {
    setPanel(opened);
    void loadPanels().then((loaded) => setPanels(() => loaded));
  }, []);
  // A dialog's close event can arrive after another panel was opened: only close the one that closed.
  const closePanel = (closed: Panel) => setPanel((current) => (current === closed ? undefined : current));
  const [notice, setNotice] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const favoritesState = useFavoritesState(favorites);
  const favoriteIds = useMemo(
    () => new Set(favoritesState.favorites.map((f) => f.lessonId)),
    [favoritesState.favorites],
  );
  const deckIds = useMemo(() => deckFor(settings, favoriteIds), [deckFor, settings, favoriteIds]);
  const base = deckIds.length > 0 ? lessonById(currentId(trail)) : undefined;
  const lesson = useMemo(() => base && localizeLesson(base, lang, translations), [base, lang, translations]);
  const isFavorite = lesson ? favoriteIds.has(lesson.id) : false;
  const unavailable = favoritesState.status === 'ready' ? undefined : favoritesState.message;

  useDocumentLanguage(lang, t('newTabTitle'));

  // Screen readers hear the new card's title when it changes (not on opening the tab).
  const shownId = useRef(lesson?.id);
  useEffect(() => {
    if (lesson && shownId.current !== lesson.id) setAnnouncement(t('nowShowing', { title: lesson.title }));
    shownId.current = lesson?.id;
  }, [lesson, t]);
  const firstId = useRef(lesson?.id);

  // A tab that showed its card at once learns the cards before it once the rotation is saved.
  useEffect(() => {
    void props.recentLater?.then((recent) => {
      if (!recent?.length) return;
      setTrail((current) => {
        const id = currentId(current);
        if (current.ids.length !== 1 || !id) return current;
        return startTrail(recent.at(-1) === id ? recent : [...recent, id]);
      });
    });
  }, [props.recentLater]);

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
    if (!lesson) return;
    // The store waits for the database if it is still opening (a press as the tab opens), shows
    // the change at once, and undoes it with a message if the write fails.
    favorites.toggle(favoriteFromLesson(lesson, now()), !isFavorite).catch(() => undefined);
  }, [lesson, isFavorite, favorites, now]);
  const copy = useCallback(() => {
    if (!lesson) return;
    navigator.clipboard.writeText(lessonAsText(lesson, t)).then(
      () => setNotice(t('copied')),
      () => setNotice(t('copyFailed')),
    );
  }, [lesson, t]);

  // Listening from the first frame (a layout effect runs before paint): no early key is lost.
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // Ask the page, not the state: a dialog closed by Escape is closed before the state knows.
      if (document.querySelector('dialog[open]')) return;
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
      else if (action === 'favorite') toggleFavorite();
      else if (action === 'copy') copy();
      else openPanel('help');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [next, previous, toggleFavorite, copy, openPanel]);

  return (
    <I18nContext.Provider value={i18n}>
      <NewTabPage
        lesson={lesson}
        emptyReason={
          settings.lessonsFrom === 'favorites' && settings.themes.length > 0 ? 'no-favorites' : 'no-themes'
        }
        entering={lesson !== undefined && lesson.id !== firstId.current}
        isFavorite={isFavorite}
        favoriteUnavailable={unavailable && t(unavailable)}
        canGoBack={canGoBack(trail)}
        status={favoritesState.message ? t(favoritesState.message) : notice}
        announcement={announcement}
        settingsUrl={settingsUrl}
        onOpenFavorites={() => openPanel('favorites')}
        onOpenHelp={() => openPanel('help')}
        onToggleFavorite={toggleFavorite}
        onPrevious={previous}
        onNext={next}
      >
        {Panels && (
          <Panels
            panel={panel}
            onClose={closePanel}
            favorites={favorites}
            favoritesState={favoritesState}
            unavailable={unavailable && t(unavailable)}
            onShow={(id) => {
              setTrail((current) => append(current, id));
              setPanel(undefined);
            }}
            canShow={(id) => lessonById(id) !== undefined}
            now={now}
          />
        )}
      </NewTabPage>
    </I18nContext.Provider>
  );
}
