import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { NewTabPage } from '../../components/NewTabPage';
import { NoteField } from '../../components/NoteField';
import type { Lesson } from '../../data/lesson';
import { emptyReason } from '../../utils/deck/deck-filter';
import { lessonAsText } from '../../utils/deck/lesson-text';
import { favoriteOfCard, liveId } from '../../utils/deck/live-id';
import { favoriteFromLesson } from '../../utils/favorites/favorite-snapshot';
import type { FavoritesStore } from '../../utils/favorites/favorites-store';
import { useFavoritesState } from '../../utils/favorites/use-favorites';
import { useNoteEditor } from '../../utils/favorites/use-note-editor';
import { useFavoritesSync } from '../../utils/favorites-sync/use-favorites-sync';
import type { Slot } from '../../utils/first-frame/local-json';
import { type HiddenStorage, useHiddenLessons } from '../../utils/hidden-lessons/use-hidden-lessons';
import { resolveLanguage } from '../../utils/i18n/i18n';
import { I18nContext, useDocumentLanguage, useLanguagePack } from '../../utils/i18n/i18n-context';
import { localizeLesson } from '../../utils/i18n/localize-lesson';
import { indexAsDeck, type OwnCards } from '../../utils/my-lessons/own-cards';
import { useOwnCards } from '../../utils/my-lessons/use-own-cards';
import type { AppStart } from '../../utils/newtab/boot';
import { shortcutFor } from '../../utils/newtab/shortcuts';
import { comesBackText, savedOnText } from '../../utils/resurfacing/returning-text';
import type { Answer } from '../../utils/resurfacing/schedule';
import { useFavoriteTimes } from '../../utils/resurfacing/use-favorite-times';
import { append, canGoBack, currentId, goBack, goForward } from '../../utils/rotation/trail';
import { useLiveSettings } from '../../utils/settings/use-live-settings';
import type { Panel, Panels as PanelsComponent } from './Panels';

export interface AppProps {
  /** The card dealt, its trail, the settings and words it starts with (utils/newtab/boot.ts). */
  start: AppStart;
  /** The browser's language, for the "auto" language setting. */
  browserLanguage: string;
  lessonById: (id: string | undefined) => Lesson | undefined;
  favorites: FavoritesStore;
  /** The user's own lessons: they join the deck, and an edit shows at once. */
  ownCards: OwnCards;
  settingsUrl: string;
  /** Where the hidden lessons are kept: the extension's storage (loaded when first needed), and the page's localStorage. */
  hiddenStorage: () => Promise<HiddenStorage>;
  slot: Slot | undefined;
  now?: () => number;
}

interface CardNoteProps {
  favorites: FavoritesStore;
  lessonId: string;
  now: () => number;
  /** Escape: the field closes (its text saved first) and focus goes back to its button. */
  onClose: () => void;
}

/** The note of the card shown, saved as it is typed. */
function CardNote({ favorites, lessonId, now, onClose }: CardNoteProps) {
  const note = useNoteEditor(favorites, lessonId, now);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape from the textarea inside, not a control of its own.
    <div
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        note.flush();
        onClose();
      }}
    >
      <NoteField
        id="card-note"
        value={note.value}
        status={note.status}
        onInput={note.onInput}
        onBlur={note.flush}
        error={note.error}
        autoFocus
      />
    </div>
  );
}

/** The dialogs' code and styles load when one is first opened (see Panels). */
const loadPanels = () => import('./Panels').then((module) => module.Panels);

export function App(props: AppProps) {
  const { start, browserLanguage, favorites, ownCards, settingsUrl } = props;
  const { deckFor, dealNext, resurfacing } = start;
  const now = props.now ?? Date.now;
  const settings = useLiveSettings(start.settings);
  const { i18n, lessons: translations } = useLanguagePack(
    resolveLanguage(settings.language, browserLanguage),
    start.language,
  );
  const { lang, t } = i18n;
  // Hydration keeps the first frame's attributes: frames are drawn as their tab starts (a card
  // behind every card but a fresh profile's first), so the first render matches them.
  const [trail, setTrail] = useState(start.trail);
  const [panel, setPanel] = useState<Panel>();
  const [Panels, setPanels] = useState<typeof PanelsComponent>();
  const openPanel = useCallback((opened: Panel) => {
    setPanel(opened);
    void loadPanels().then((loaded) => setPanels(() => loaded));
  }, []);
  // A dialog's close event can arrive after another panel was opened: only close the one that closed.
  const closePanel = (closed: Panel) => setPanel((current) => (current === closed ? undefined : current));
  const [notice, setNotice] = useState('');
  // "Don't show this again" can be undone while its notice is the one shown.
  const [undoable, setUndoable] = useState<{ text: string; undo: () => void }>();
  const [noteOpen, setNoteOpen] = useState(false);
  const noteButton = useRef<HTMLButtonElement>(null);
  const [chosen, setChosen] = useState<Answer>();
  const hidden = useHiddenLessons(props.hiddenStorage, props.slot, now);
  const [announcement, setAnnouncement] = useState('');
  const favoritesState = useFavoritesState(favorites);
  // A favorite of a retired card is a favorite of the card it was merged into.
  const favoriteIds = useMemo(
    () => new Set(favoritesState.favorites.map((f) => liveId(f.lessonId))),
    [favoritesState.favorites],
  );
  // The own cards change (index or words) whenever this number does: a dependency below.
  const ownVersion = useOwnCards(ownCards);
  const mine = useMemo(() => indexAsDeck(ownCards.index()), [ownCards, ownVersion]);
  const ownIds = useMemo(() => new Set(mine.map((lesson) => lesson.id)), [mine]);
  const lessonById = useMemo(
    () => (id: string | undefined) =>
      id === undefined ? undefined : (ownCards.card(id) ?? props.lessonById(id)),
    [ownCards, ownVersion, props.lessonById],
  );
  const deckIds = useMemo(
    () => deckFor(settings, favoriteIds, mine, hidden.ids),
    [deckFor, settings, favoriteIds, mine, hidden.ids],
  );
  const base = deckIds.length > 0 ? lessonById(currentId(trail)) : undefined;
  const lesson = useMemo(() => base && localizeLesson(base, lang, translations), [base, lang, translations]);
  const isFavorite = lesson ? favoriteIds.has(lesson.id) : false;
  const favorite = lesson && isFavorite ? favoriteOfCard(favoritesState.favorites, lesson.id) : undefined;
  // The favorite that came back in place of this tab's card, while it is the one shown.
  const returning = favorite && lesson?.id === resurfacing.returning ? favorite : undefined;

  useFavoriteTimes(favoritesState, props.slot);
  // Favorites from the user's other browsers arrive in an open tab too (after its first paint).
  useFavoritesSync(favorites, settings.syncFavorites);
  const unavailable = favoritesState.status === 'ready' ? undefined : favoritesState.message;

  useDocumentLanguage(lang, t('newTabTitle'));

  // Screen readers hear the new card's title when it changes (not on opening the tab).
  const shownId = useRef(lesson?.id);
  useEffect(() => {
    if (lesson && shownId.current !== lesson.id) setAnnouncement(t('nowShowing', { title: lesson.title }));
    shownId.current = lesson?.id;
  }, [lesson, t]);
  const firstId = useRef(lesson?.id);

  // A card of the user's own reached by Previous or from the favorites, dealt by another tab:
  // its words are read now (a deleted one leaves the index, and the effect below deals again).
  const currentCard = currentId(trail);
  useEffect(() => {
    if (currentCard && !lessonById(currentCard)) void ownCards.load([currentCard]).catch(() => undefined);
  }, [currentCard, lessonById, ownCards]);

  // When the settings or the user's lessons change (not the favorites), a card no longer allowed
  // (a theme turned off, a lesson of the user's deleted) gives way.
  const deckRef = useRef(deckIds);
  deckRef.current = deckIds;
  useEffect(() => {
    const id = currentId(trail);
    const deck = deckRef.current;
    const dealt = deck.length > 0 && (!id || !deck.includes(id)) ? dealNext(deck) : undefined;
    if (dealt) setTrail((current) => append(current, dealt));
    // Only a change of the deck should trigger this, not every step through the trail.
  }, [settings.themes, settings.lessonsFrom, mine]);

  // A note is written for the card it was opened on, while it is a favorite.
  useEffect(() => setNoteOpen(false), [lesson?.id, isFavorite]);

  const previous = useCallback(() => setTrail(goBack), []);
  const next = useCallback(() => {
    const forward = goForward(trail);
    if (forward) return setTrail(forward);
    const id = dealNext(deckRef.current);
    // A card of the user's own shows once its words are read (that card's only).
    if (id)
      void ownCards
        .load([id])
        .catch(() => undefined)
        .then(() => setTrail((current) => append(current, id)));
  }, [trail, dealNext, ownCards]);
  const toggleFavorite = useCallback(() => {
    if (!lesson) return;
    // The store waits for the database if it is still opening (a press as the tab opens), shows
    // the change at once, and undoes it with a message if the write fails.
    // Every favorite standing for this card: one saved under a card since merged into it too.
    const sameCard = (id: string) => liveId(id) === lesson.id;
    const removed = isFavorite ? favoritesState.favorites.filter((f) => sameCard(f.lessonId)) : [];
    favorites.toggle(favoriteFromLesson(lesson, now()), !isFavorite, sameCard).catch(() => undefined);
    // A favorite with a note can be had back, note and all.
    if (favorite?.note) {
      const text = t('noteRemovedWithFavorite');
      setNotice(text);
      setUndoable({
        text,
        undo: () => {
          setUndoable(undefined);
          setNotice('');
          // Oldest first, as each goes to the top: the list stays newest first.
          for (const each of removed.toReversed()) favorites.toggle(each, true).catch(() => undefined);
        },
      });
    }
  }, [lesson, isFavorite, favoritesState.favorites, favorite, favorites, now, t]);
  const answer = useCallback(
    (choice: Answer) => {
      if (!returning) return;
      setChosen(choice);
      // The schedule knows a favorite by the card it shows (a retired id by the card it became).
      const due = resurfacing.answer(liveId(returning.lessonId), choice, settings);
      if (due !== undefined) setNotice(t('returnAnswered', { when: comesBackText(due, now(), lang) }));
    },
    [returning, resurfacing, settings, t, now, lang],
  );
  const toggleNote = useCallback(() => {
    if (isFavorite && !unavailable) setNoteOpen((open) => !open);
  }, [isFavorite, unavailable]);
  const hide = useCallback(() => {
    if (!lesson) return;
    const { id, title } = lesson;
    const text = t('lessonHidden', { title });
    hidden.hide(id).catch(() => setNotice(t('hideFailed')));
    next();
    setNotice(text);
    // Undo shows it again, and goes back to it.
    const undo = () => {
      setUndoable(undefined);
      setNotice('');
      hidden.showAgain(id).catch(() => undefined);
      setTrail((current) => append(current, id));
    };
    setUndoable({ text, undo });
  }, [lesson, hidden, next, t]);
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
      const { key, altKey, ctrlKey, metaKey, target } = event;
      const action = shortcutFor({ key, altKey, ctrlKey, metaKey, target: target as HTMLElement | null });
      if (!action) return;
      event.preventDefault();
      if (action === 'next') next();
      else if (action === 'previous') previous();
      else if (action === 'favorite') toggleFavorite();
      else if (action === 'copy') copy();
      else if (action === 'note') toggleNote();
      else if (action === 'hide') hide();
      else openPanel('help');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [next, previous, toggleFavorite, copy, toggleNote, hide, openPanel]);

  return (
    <I18nContext.Provider value={i18n}>
      <NewTabPage
        lesson={lesson}
        emptyReason={emptyReason(
          settings,
          deckIds.length === 0 ? deckFor(settings, favoriteIds, mine, new Set()).length : 0,
        )}
        entering={lesson !== undefined && lesson.id !== firstId.current}
        isFavorite={isFavorite}
        favoriteUnavailable={unavailable && t(unavailable)}
        canGoBack={canGoBack(trail)}
        status={
          favoritesState.message
            ? t(favoritesState.message)
            : favoritesState.saving
              ? t('favoritesSlow')
              : notice
        }
        announcement={announcement}
        settingsUrl={settingsUrl}
        onOpenFavorites={() => openPanel('favorites')}
        onOpenHelp={() => openPanel('help')}
        onToggleFavorite={toggleFavorite}
        onPrevious={previous}
        onNext={next}
        returning={
          returning && {
            savedOn: savedOnText(returning.savedAt, lang),
            note: returning.note,
            chosen,
            onChoose: answer,
          }
        }
        hasNote={Boolean(favorite?.note)}
        noteOpen={noteOpen}
        noteField={
          lesson && (
            <CardNote
              favorites={favorites}
              lessonId={favorite?.lessonId ?? lesson.id}
              now={now}
              onClose={() => {
                setNoteOpen(false);
                noteButton.current?.focus();
              }}
            />
          )
        }
        noteButton={noteButton}
        onToggleNote={toggleNote}
        onHide={hide}
        statusUndo={undoable?.text === notice ? undoable.undo : undefined}
      >
        {Panels && (
          <Panels
            panel={panel}
            onClose={closePanel}
            favorites={favorites}
            favoritesState={favoritesState}
            unavailable={unavailable && t(unavailable)}
            onShow={(id) => {
              // A favorite of a retired card shows the card it was merged into.
              setTrail((current) => append(current, lessonById(id)?.id ?? id));
              setPanel(undefined);
            }}
            canShow={(id) => lessonById(id) !== undefined || ownIds.has(id)}
            now={now}
          />
        )}
      </NewTabPage>
    </I18nContext.Provider>
  );
}
