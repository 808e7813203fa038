import { useState } from 'preact/hooks';
import { useI18n } from '../utils/i18n-context';

export interface ResetSettingsProps {
  onReset: () => void;
}

/** "Reset to defaults", which asks first. Favorites are not settings and are never touched. */
export function ResetSettings({ onReset }: ResetSettingsProps) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button
        type="button"
        class="button button--small reset-settings__start"
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
        // The question replaces the button: take focus to the answer.
        ref={(button) => button?.focus()}
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
