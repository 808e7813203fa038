import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { themeKey } from '../utils/i18n/i18n';
import { useI18n } from '../utils/i18n/i18n-context';
import type { MyLesson } from '../utils/my-lessons/my-lesson';
import { type Notice, NoticeLine } from './NoticeLine';
import './MyLessons.css';

export interface ImportPreview {
  file: string;
  valid: number;
  /** Each rejected row, already in words ("Line 4: the title is missing"). */
  rejected: string[];
}

export interface MyLessonsProps {
  lessons: readonly MyLesson[];
  /** How many match the search (the list shows those). */
  results: readonly MyLesson[];
  query: string;
  onQuery: (query: string) => void;
  /** The form, when open (it takes the place of the "Add a lesson" button). */
  form?: ComponentChildren;
  notice?: Notice;
  /** The database could not be opened: the section says why and offers nothing to write. */
  unavailable?: string;
  preview?: ImportPreview;
  onAdd: () => void;
  onEdit: (lesson: MyLesson) => void;
  onDelete: (lesson: MyLesson) => void;
  onImportFile: (file: File) => void;
  /** Saves the lessons as a lessons file (the JSON an import reads). */
  onExport: () => void;
  onConfirmImport: () => void;
  onCancelImport: () => void;
  /** The sample CSV, made on the page. */
  sampleHref: string;
}

/** Your own lessons: the count, search, the list with edit and delete, the form, and import. */
export function MyLessons(props: MyLessonsProps) {
  const { lessons, results, query, form, notice, unavailable, preview } = props;
  const { t } = useI18n();
  const fileInput = useRef<HTMLInputElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const importButton = useRef<HTMLButtonElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  // When the form or a preview closes, focus goes back to the button that opened it, not to the
  // page's start; after a delete it goes to Undo.
  const open = useRef({ form: Boolean(form), preview: Boolean(preview) });
  useEffect(() => {
    if (open.current.form && !form) addButton.current?.focus();
    if (open.current.preview && !preview) importButton.current?.focus();
    open.current = { form: Boolean(form), preview: Boolean(preview) };
  }, [form, preview]);
  useEffect(() => {
    if (notice?.undo) undoButton.current?.focus();
  }, [notice]);

  return (
    <div class="my-lessons">
      <p>{t('myLessonsIntro')}</p>
      {unavailable ? (
        <p class="favorites-library__unavailable">{unavailable}</p>
      ) : (
        <>
          <p class="my-lessons__count">{t('myLessonsCount', { count: lessons.length })}</p>
          {form ?? (
            <div class="my-lessons__actions">
              <button ref={addButton} type="button" class="button" onClick={props.onAdd}>
                {t('addLesson')}
              </button>
              <button
                ref={importButton}
                type="button"
                class="button"
                onClick={() => fileInput.current?.click()}
              >
                {t('importLessons')}
              </button>
              {lessons.length > 0 && (
                <button type="button" class="button" onClick={props.onExport}>
                  {t('exportLessons')}
                </button>
              )}
              <a class="button" href={props.sampleHref} download="lesson-tab-lessons-sample.csv">
                {t('sampleCsv')}
              </a>
              <input
                ref={fileInput}
                type="file"
                accept=".csv,.json,text/csv,application/json"
                hidden
                onChange={(event) => {
                  const file = event.currentTarget.files?.[0];
                  event.currentTarget.value = '';
                  if (file) props.onImportFile(file);
                }}
              />
            </div>
          )}
          {preview && (
            <section class="my-lessons__preview" aria-labelledby="import-preview-heading">
              <h3 id="import-preview-heading">
                {t('importPreview', {
                  file: preview.file,
                  valid: preview.valid,
                  rejected: preview.rejected.length,
                })}
              </h3>
              {preview.rejected.length > 0 && (
                <ul class="my-lessons__rejected">
                  {preview.rejected.map((row) => (
                    <li key={row}>{row}</li>
                  ))}
                </ul>
              )}
              <div class="my-lessons__actions">
                {preview.valid > 0 && (
                  <button type="button" class="button" onClick={props.onConfirmImport}>
                    {t('importCount', { count: preview.valid })}
                  </button>
                )}
                <button type="button" class="button" onClick={props.onCancelImport}>
                  {t('cancel')}
                </button>
              </div>
            </section>
          )}
        </>
      )}
      <NoticeLine notice={notice} undoRef={undoButton} onUndone={() => addButton.current?.focus()} />
      {lessons.length > 0 && (
        <div class="favorites-library__search">
          <label for="my-lessons-search">{t('searchMyLessons')}</label>
          <input
            id="my-lessons-search"
            type="search"
            value={query}
            onInput={(event) => props.onQuery(event.currentTarget.value)}
          />
        </div>
      )}
      {lessons.length === 0 ? (
        <p class="favorites-library__empty">{t('myLessonsEmpty')}</p>
      ) : results.length === 0 ? (
        <p class="favorites-library__empty">{t('myLessonsNoMatch', { query })}</p>
      ) : (
        <ul class="favorites-library__list" aria-label={t('myLessonsHeading')}>
          {results.map((lesson) => (
            <li key={lesson.id} lang={lesson.lang}>
              <h3>{lesson.title}</h3>
              <p class="favorites-library__body">{lesson.body}</p>
              {lesson.quote && (
                <p class="favorites-library__quote">
                  {t('quoted', { text: lesson.quote })}
                  {lesson.speaker && ` — ${lesson.speaker}`}
                </p>
              )}
              <p class="favorites-library__meta">
                {lesson.themes.map((theme) => t(themeKey(theme))).join(' · ')}
                {lesson.source && ` · ${lesson.source}`}
              </p>
              {/* While the form is open, its words are saved or cancelled before another edit starts. */}
              {!form && (
                <div class="favorites-library__actions">
                  <button
                    type="button"
                    class="button button--small"
                    aria-label={t('editNamed', { title: lesson.title })}
                    onClick={() => props.onEdit(lesson)}
                  >
                    {t('edit')}
                  </button>
                  <button
                    type="button"
                    class="button button--small"
                    aria-label={t('deleteNamed', { title: lesson.title })}
                    onClick={() => props.onDelete(lesson)}
                  >
                    {t('delete')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
