/**
 * The "My lessons" section's state on the options page: the form (new or editing), its errors,
 * the search, delete with Undo, and an import's preview. The store owns the lessons; this only
 * holds what the page is in the middle of.
 */
import { useMemo, useState } from 'preact/hooks';
import type { FormField, LessonFormValues } from '../../components/MyLessonForm';
import type { ImportPreview as PreviewView } from '../../components/MyLessons';
import type { Notice } from '../../components/NoticeLine';
import type { Lang } from '../../data/lesson';
import { FavoritesError } from '../favorites/favorites-errors';
import { matchesQuery } from '../favorites/favorites-search';
import { download } from '../files/download';
import type { Translate } from '../i18n/i18n';
import {
  type DraftField,
  draftErrorValues,
  type MyLesson,
  type MyLessonDraft,
  validateDraft,
} from './my-lesson';
import { TooManyMyLessonsError } from './my-lessons-db';
import { lessonsFileName, lessonsToJson, previewImport } from './my-lessons-file';
import type { MyLessonsStore } from './my-lessons-store';

const emptyForm = (lang: Lang): LessonFormValues => ({
  title: '',
  body: '',
  quote: '',
  speaker: '',
  tryThis: '',
  themes: [],
  source: '',
  lang,
});

const formOf = (lesson: MyLesson): LessonFormValues => ({
  title: lesson.title,
  body: lesson.body,
  quote: lesson.quote ?? '',
  speaker: lesson.speaker ?? '',
  tryThis: lesson.tryThis ?? '',
  themes: [...lesson.themes],
  source: lesson.source ?? '',
  lang: lesson.lang,
});

/** Lessons whose words contain every word of the query (any case, any accents). */
export function searchMyLessons(lessons: readonly MyLesson[], query: string): readonly MyLesson[] {
  if (!query.trim()) return lessons;
  const matches = matchesQuery(query);
  return lessons.filter((lesson) =>
    matches([lesson.title, lesson.body, lesson.quote, lesson.speaker, lesson.tryThis, lesson.source]),
  );
}

export function useMyLessonsEditor(
  store: MyLessonsStore,
  lessons: readonly MyLesson[],
  t: Translate,
  lang: Lang,
  now: () => number = Date.now,
) {
  const [editing, setEditing] = useState<{ id?: string; values: LessonFormValues }>();
  const [errors, setErrors] = useState<Partial<Record<FormField, string>>>({});
  const [query, setQuery] = useState('');
  const [notice, setNotice] = useState<Notice>();
  const [preview, setPreview] = useState<PreviewView & { drafts: MyLessonDraft[] }>();
  const results = useMemo(() => searchMyLessons(lessons, query), [lessons, query]);

  const failed = (error: unknown) => {
    const text =
      error instanceof TooManyMyLessonsError
        ? t('myLessonsTooMany', { max: error.limit })
        : error instanceof FavoritesError
          ? t(error.key)
          : t('favoritesWriteFailed');
    setNotice({ text, tone: 'error' });
  };

  return {
    editing,
    errors,
    query,
    setQuery,
    results,
    notice,
    preview,
    openAdd: () => {
      setEditing({ values: emptyForm(lang) });
      setErrors({});
      setNotice(undefined);
    },
    openEdit: (lesson: MyLesson) => {
      setEditing({ id: lesson.id, values: formOf(lesson) });
      setErrors({});
      setNotice(undefined);
    },
    change: (values: LessonFormValues) => setEditing((current) => current && { ...current, values }),
    cancel: () => setEditing(undefined),
    save: async () => {
      if (!editing) return;
      const result = validateDraft(editing.values);
      if (!result.ok) {
        const words: Partial<Record<FormField, string>> = {};
        for (const [field, key] of Object.entries(result.errors) as [
          DraftField,
          NonNullable<(typeof result.errors)[DraftField]>,
        ][])
          words[field] = t(key, draftErrorValues(field, key));
        setErrors(words);
        return;
      }
      try {
        if (editing.id) await store.update(editing.id, result.draft);
        else await store.add(result.draft);
        setEditing(undefined);
        setErrors({});
        setNotice({ text: t('lessonSaved'), tone: 'info' });
      } catch (error) {
        failed(error);
      }
    },
    remove: async (lesson: MyLesson) => {
      try {
        const removed = await store.remove(lesson.id);
        if (!removed) return;
        setNotice({
          text: t('lessonDeleted', { title: removed.title }),
          tone: 'info',
          undo: () => {
            setNotice(undefined);
            store.restore(removed).catch(failed);
          },
        });
      } catch (error) {
        failed(error);
      }
    },
    importFile: async (file: File) => {
      setNotice(undefined);
      const text = await file.text();
      const result = previewImport(file.name, text, file.size, lessons, lang);
      if ('error' in result) {
        setPreview(undefined);
        setNotice({
          text: t('importLessonsFailed', { file: file.name, reason: t(result.error, result.values) }),
          tone: 'error',
        });
        return;
      }
      setPreview({
        file: file.name,
        valid: result.valid.length,
        drafts: result.valid,
        rejected: result.rejected.map((row) =>
          t('rejectedLine', { line: row.line, reason: t(row.reason, row.values) }),
        ),
      });
    },
    confirmImport: async () => {
      if (!preview) return;
      try {
        const added = await store.importAll(preview.drafts);
        setPreview(undefined);
        setNotice({ text: t('lessonsImported', { count: added.length }), tone: 'info' });
      } catch (error) {
        failed(error);
      }
    },
    cancelImport: () => setPreview(undefined),
    exportAll: () => download(lessonsFileName(now()), lessonsToJson(lessons), 'application/json'),
  };
}
