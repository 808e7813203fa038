import { useState } from 'preact/hooks';

export interface ResetSettingsProps {
  onReset: () => void;
}

/** "Reset to defaults", which asks first. Favorites are not settings and are never touched. */
export function ResetSettings({ onReset }: ResetSettingsProps) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" class="reset-settings__start" onClick={() => setAsking(true)}>
        Reset to defaults…
      </button>
    );
  }
  return (
    <fieldset class="reset-settings__confirm">
      <legend>Reset themes, rotation and appearance to their defaults? Your favorites stay.</legend>
      <button
        type="button"
        class="reset-settings__yes"
        // The question replaces the button: take focus to the answer.
        ref={(button) => button?.focus()}
        onClick={() => {
          setAsking(false);
          onReset();
        }}
      >
        Reset settings
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </fieldset>
  );
}
