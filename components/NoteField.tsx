import { useEffect, useRef } from 'preact/hooks';
import type { MessageKey } from '../data/messages-en';
import { NOTE_MAX } from '../utils/favorites/favorite-note';
import type { NoteStatus } from '../utils/favorites/use-note-editor';
import { useI18n } from '../utils/i18n/i18n-context';
import './NoteField.css';

export interface NoteFieldProps {
  /** The textarea's id; its counter and status line take ids from it. */
  id: string;
  value: string;
  status: NoteStatus;
  /** Why the last save failed (with status 'failed'), as the note editor reports it. */
  error?: MessageKey;
  onInput: (text: string) => void;
  onBlur: () => void;
  /** Focus the field when it appears, the caret after the note. */
  autoFocus?: boolean;
}

/** Why a note was not saved, in words that follow "Could not save your note:". */
const REASONS: Partial<Record<MessageKey, MessageKey>> = {
  favoritesQuota: 'noteReasonQuota',
  noteFavoriteGone: 'noteReasonGone',
};

/** A favorite's note: the field, how much room is left, and whether it is saved. */
export function NoteField({ id, value, status, error, onInput, onBlur, autoFocus }: NoteFieldProps) {
  const { t, lang } = useI18n();
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    // The autofocus attribute only acts as a page or dialog opens, not on a field shown later.
    if (!autoFocus || !field.current) return;
    field.current.focus();
    field.current.setSelectionRange(field.current.value.length, field.current.value.length);
  }, [autoFocus]);

  const count = { count: value.length.toLocaleString(lang), max: NOTE_MAX.toLocaleString(lang) };
  const said =
    status === 'saving'
      ? t('noteSaving')
      : status === 'saved'
        ? t('noteSaved')
        : status === 'failed'
          ? t('noteSaveFailed', { reason: t((error && REASONS[error]) ?? 'noteReasonRetry') })
          : '';
  return (
    <div class="note-field">
      <label for={id}>{t('noteLabel')}</label>
      <textarea
        ref={field}
        id={id}
        value={value}
        maxLength={NOTE_MAX}
        rows={4}
        aria-describedby={`${id}-count`}
        onInput={(event) => onInput(event.currentTarget.value)}
        onBlur={onBlur}
      />
      <div class="note-field__footer">
        <p id={`${id}-status`} class={`note-field__status note-field__status--${status}`} role="status">
          {/* "Saving…" is for the eye only: announced on every pause in typing, it would talk over the typist. */}
          {status === 'saving' ? <span aria-hidden="true">{said}</span> : said}
        </p>
        <p id={`${id}-count`} class="note-field__count">
          <span aria-hidden="true">{t('noteCount', count)}</span>
          <span class="visually-hidden">{t('charCount', count)}</span>
        </p>
      </div>
    </div>
  );
}
