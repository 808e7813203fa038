import type { Ref } from 'preact';
import { useI18n } from '../utils/i18n/i18n-context';

export interface Notice {
  text: string;
  tone: 'info' | 'error';
  undo?: () => void;
}

export interface NoticeLineProps {
  notice?: Notice;
  undoRef?: Ref<HTMLButtonElement>;
  /** After Undo ran (for the focus to go somewhere useful). */
  onUndone?: () => void;
}

/** What the last action did, read out politely, with Undo where it can be undone. */
export function NoticeLine({ notice, undoRef, onUndone }: NoticeLineProps) {
  const { t } = useI18n();
  return (
    <p class={`favorites-library__notice favorites-library__notice--${notice?.tone ?? 'info'}`} role="status">
      {notice?.text}
      {notice?.undo && (
        <button
          ref={undoRef}
          type="button"
          class="button button--small"
          onClick={() => {
            notice.undo?.();
            onUndone?.();
          }}
        >
          {t('undo')}
        </button>
      )}
    </p>
  );
}
