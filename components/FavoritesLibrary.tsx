import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { THEMES, type Theme } from '../data/lesson';
import type { Favorite } from '../utils/favorites/favorites-db';
import { searchFavorites } from '../utils/favorites/favorites-search';
import type { FavoriteNotes } from '../utils/favorites/use-note-editor';
import { themeKey } from '../utils/i18n/i18n';
import { useI18n } from '../utils/i18n/i18n-context';
import './FavoritesLibrary.css';
import { NoteField } from './NoteField';
import { type Notice, NoticeLine } from './NoticeLine';

export interface FavoritesLibraryProps {
  favorites: Favorite[];
  /** Favoriting is off (the database could not be opened): the list is read-only and says why. */
  unavailable?: string;
  notice?: Notice;
  onRemove: (favorite: Favorite) => void;
  /** Shows a favorite as the current card; absent where there is no card (the options page). */
  onShow?: (lessonId: string) => void;
  canShow?: (lessonId: string) => boolean;
  onExport: (kind: 'json' | 'md') => void;
  onImport: (file: File) => void;
  autofocusSearch?: boolean;
  /** The note open for editing and its editor (useFavoriteNotes); without it notes are read-only. */
  notes?: FavoriteNotes;
  /** The offer to restore the safety copy (SafetyCopyOffer), shown above the search. */
  safetyCopy?: ComponentChildren;
}

const isTheme = (theme: string): theme is Theme => (THEMES as readonly string[]).includes(theme);

/** Every favorite, newest first, with its note, search, remove, show, export and import. */
export function FavoritesLibrary(props: FavoritesLibraryProps) {
  const { favorites, unavailable, notice, onRemove, onShow, canShow, onExport, onImport, autofocusSearch } =
    props;
  const notes = unavailable ? undefined : props.notes;
  const { t, lang } = useI18n();
  const [query, setQuery] = useState('');
  const savedOn = (savedAt: number) =>
    t('savedOn', { date: new Date(savedAt).toLocaleDateString(lang, { dateStyle: 'medium' }) });
  const themeName = (theme: string) => (isTheme(theme) ? t(themeKey(theme)) : theme);
  const fileInput = useRef<HTMLInputElement>(null);
  const found = new Set(searchFavorites(favorites, query));
  // The note being written stays in view, even once its words no longer match the search.
  const results = favorites.filter((f) => found.has(f) || f.lessonId === notes?.editingId);

  return (
    <div class="favorites-library">
      {unavailable && <p class="favorites-library__unavailable">{unavailable}</p>}
      {props.safetyCopy}
      <div class="favorites-library__search">
        <label for="favorites-search">{t('searchFavorites')}</label>
        <input
          id="favorites-search"
          type="search"
          // A dialog focuses its autofocus element on opening: there the search box comes first.
          autofocus={autofocusSearch}
          value={query}
          placeholder={t('searchPlaceholder')}
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
      </div>
      <div class="favorites-library__transfer">
        <button
          type="button"
          class="button button--small"
          onClick={() => onExport('json')}
          disabled={favorites.length === 0}
        >
          {t('exportJson')}
        </button>
        <button
          type="button"
          class="button button--small"
          onClick={() => onExport('md')}
          disabled={favorites.length === 0}
        >
          {t('exportMarkdown')}
        </button>
        <button
          type="button"
          class="button button--small"
          onClick={() => fileInput.current?.click()}
          disabled={Boolean(unavailable)}
        >
          {t('importJson')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) onImport(file);
          }}
        />
      </div>
      <NoticeLine notice={notice} />
      {favorites.length === 0 ? (
        <p class="favorites-library__empty">{t('favoritesEmpty')}</p>
      ) : results.length === 0 ? (
        <p class="favorites-library__empty">{t('favoritesNoMatch', { query })}</p>
      ) : (
        <ul class="favorites-library__list" aria-label={t('savedLessons')}>
          {results.map((favorite) => (
            <li key={favorite.lessonId}>
              <h3>{favorite.snapshot.title}</h3>
              <p class="favorites-library__body">{favorite.snapshot.body}</p>
              {favorite.snapshot.quote && (
                <p class="favorites-library__quote">
                  {t('quoted', { text: favorite.snapshot.quote })} — {favorite.snapshot.speaker}
                </p>
              )}
              <p class="favorites-library__meta">
                {savedOn(favorite.savedAt)}
                {favorite.snapshot.themes.length > 0 &&
                  ` · ${favorite.snapshot.themes.map(themeName).join(', ')}`}
              </p>
              {notes?.editingId === favorite.lessonId ? (
                <NoteField
                  id={noteId(favorite.lessonId)}
                  value={notes.editor.value}
                  status={notes.editor.status}
                  error={notes.editor.error}
                  onInput={notes.editor.onInput}
                  onBlur={notes.editor.flush}
                  autoFocus
                />
              ) : (
                favorite.note && (
                  <p class="favorites-library__note">
                    <strong>{t('noteShown')}</strong> {favorite.note}
                  </p>
                )
              )}
              <div class="favorites-library__actions">
                {onShow && (canShow?.(favorite.lessonId) ?? true) && (
                  <button
                    type="button"
                    class="button button--small"
                    aria-label={t('showNamed', { title: favorite.snapshot.title })}
                    onClick={() => onShow(favorite.lessonId)}
                  >
                    {t('show')}
                  </button>
                )}
                {notes && <NoteButton favorite={favorite} notes={notes} />}
                {!unavailable && (
                  <button
                    type="button"
                    class="button button--small"
                    aria-label={t('removeNamed', { title: favorite.snapshot.title })}
                    onClick={() => onRemove(favorite)}
                  >
                    {t('remove')}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

const noteId = (lessonId: string) => `favorite-note-${lessonId}`;

/** Opens a favorite's note ("Add a note", "Edit note"), and closes it again ("Done"). */
function NoteButton({ favorite, notes }: { favorite: Favorite; notes: FavoriteNotes }) {
  const { t } = useI18n();
  const open = notes.editingId === favorite.lessonId;
  const [label, named] = open
    ? (['noteDone', 'noteDoneNamed'] as const)
    : favorite.note
      ? (['noteEdit', 'noteEditNamed'] as const)
      : (['noteAdd', 'noteAddNamed'] as const);
  return (
    <button
      type="button"
      class="button button--small"
      aria-label={t(named, { title: favorite.snapshot.title })}
      aria-expanded={open}
      aria-controls={open ? noteId(favorite.lessonId) : undefined}
      onClick={() => (open ? notes.close() : notes.open(favorite.lessonId))}
    >
      {t(label)}
    </button>
  );
}
