import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../utils/i18n/i18n-context';

export interface ResetSettingsProps {
  onReset: () => void;
}

/** "Reset to defaults", which asks first. Favorites are not settings and are never touched. */
export function ResetSettings({ onReset }: ResetSettingsProps) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  // The question replaces the button, and the button the answered question: focus moves to what
  // took the place of the focused one, once per change (a ref callback would take it back on
  // every render of the page, from wherever the user moved it).
  useLayoutEffect(() => {
    if (asking) confirm.current?.focus();
    else if (asked.current) start.current?.focus();
    asked.current = asking;
  }, [asking]);
  if (!asking) {
    return (
      <button
        type="button"
        class="button button--small reset-settings__start"
        ref={start}
        onClick={() => setAsking(true)}
      >
        {t('resetButton')}
      </button>
    );
  }
  return (
    <fieldset class="reset-settings__confirm">
      <legend>{t('resetQuestion')}</legend>
      <button
        type="button"
        class="button button--small reset-settings__yes"
        ref={confirm}
        onClick={() => {
          setAsking(false);
          onReset();
        }}
      >
        {t('resetConfirm')}
      </button>
      <button type="button" class="button button--small" onClick={() => setAsking(false)}>
        {t('cancel')}
      </button>
    </fieldset>
  );
}
