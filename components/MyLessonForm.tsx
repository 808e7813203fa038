import { useEffect, useRef } from 'preact/hooks';
import { type Lang, THEMES, type Theme } from '../data/lesson';
import { themeKey } from '../utils/i18n/i18n';
import { useI18n } from '../utils/i18n/i18n-context';
import './MyLessons.css';

/** The form's fields, as typed (validation turns them into a lesson). */
export interface LessonFormValues {
  title: string;
  body: string;
  quote: string;
  speaker: string;
  tryThis: string;
  themes: Theme[];
  source: string;
  lang: Lang;
}
export type TextField = 'title' | 'body' | 'quote' | 'speaker' | 'tryThis' | 'source';
export type FormField = TextField | 'themes' | 'lang';

export interface MyLessonFormProps {
  heading: string;
  values: LessonFormValues;
  /** Each field's error, already in words; shown beside the field and announced. */
  errors: Partial<Record<FormField, string>>;
  limits: Readonly<Record<TextField, number>>;
  onChange: (values: LessonFormValues) => void;
  onSave: () => void;
  onCancel: () => void;
}

const TEXT_FIELDS: readonly [
  TextField,
  'fieldTitle' | 'fieldBody' | 'fieldQuote' | 'fieldSpeaker' | 'fieldTryThis' | 'fieldSource',
  boolean,
][] = [
  ['title', 'fieldTitle', false],
  ['body', 'fieldBody', true],
  ['quote', 'fieldQuote', true],
  ['speaker', 'fieldSpeaker', false],
  ['tryThis', 'fieldTryThis', false],
  ['source', 'fieldSource', false],
];

/** A lesson of your own, written or edited: the same parts as our cards. */
export function MyLessonForm({
  heading,
  values,
  errors,
  limits,
  onChange,
  onSave,
  onCancel,
}: MyLessonFormProps) {
  const { t } = useI18n();
  const first = useRef<HTMLInputElement>(null);
  const form = useRef<HTMLFormElement>(null);
  // Opening the form puts the cursor in its first field; a save refused, in the first field that
  // says why (its error is its description, so a screen reader reads it there).
  useEffect(() => first.current?.focus(), []);
  useEffect(() => {
    form.current
      ?.querySelector<HTMLElement>('[aria-invalid="true"], .lesson-form__themes[aria-describedby] input')
      ?.focus();
  }, [errors]);
  const set = (patch: Partial<LessonFormValues>) => onChange({ ...values, ...patch });
  const describedBy = (field: FormField, count: boolean) =>
    [errors[field] && `lesson-${field}-error`, count && `lesson-${field}-count`].filter(Boolean).join(' ') ||
    undefined;

  return (
    <form
      ref={form}
      class="lesson-form"
      aria-labelledby="lesson-form-heading"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSave();
      }}
    >
      <h3 id="lesson-form-heading">{heading}</h3>
      {TEXT_FIELDS.map(([field, label, multiline]) => {
        const value = values[field];
        const max = limits[field];
        // The count shows once a field nears its limit.
        const count = value.length >= max * 0.8;
        const props = {
          id: `lesson-${field}`,
          value,
          required: field === 'title' || field === 'body',
          'aria-invalid': errors[field] ? true : undefined,
          'aria-describedby': describedBy(field, count),
          onInput: (event: { currentTarget: { value: string } }) =>
            set({ [field]: event.currentTarget.value }),
        };
        return (
          <div key={field} class="lesson-form__field">
            <label for={`lesson-${field}`}>{t(label)}</label>
            {multiline ? (
              <textarea {...props} rows={field === 'body' ? 4 : 2} />
            ) : (
              <input {...props} ref={field === 'title' ? first : undefined} type="text" />
            )}
            {count && (
              <p
                id={`lesson-${field}-count`}
                class={
                  value.length > max ? 'lesson-form__count lesson-form__count--over' : 'lesson-form__count'
                }
              >
                {t('charCount', { count: value.length, max })}
              </p>
            )}
            {errors[field] && (
              <p id={`lesson-${field}-error`} class="lesson-form__error">
                {errors[field]}
              </p>
            )}
          </div>
        );
      })}
      <fieldset class="lesson-form__themes" aria-describedby={describedBy('themes', false)}>
        <legend>{t('fieldThemes')}</legend>
        {THEMES.map((theme) => (
          <label key={theme} class="settings-choice">
            <input
              type="checkbox"
              checked={values.themes.includes(theme)}
              onChange={(event) =>
                set({
                  themes: THEMES.filter((each) =>
                    each === theme ? event.currentTarget.checked : values.themes.includes(each),
                  ),
                })
              }
            />
            <span>{t(themeKey(theme))}</span>
          </label>
        ))}
        {errors.themes && (
          <p id="lesson-themes-error" class="lesson-form__error">
            {errors.themes}
          </p>
        )}
      </fieldset>
      <div class="lesson-form__field">
        <label for="lesson-lang">{t('fieldLang')}</label>
        <select
          id="lesson-lang"
          value={values.lang}
          onChange={(event) => set({ lang: event.currentTarget.value as Lang })}
        >
          <option value="en" lang="en">
            English
          </option>
          <option value="fr" lang="fr">
            Français
          </option>
        </select>
      </div>
      <div class="lesson-form__actions">
        <button type="submit" class="button">
          {t('saveLesson')}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
