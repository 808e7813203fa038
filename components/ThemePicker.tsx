import type { Theme } from '../data/lesson';
import { themeKey } from '../utils/i18n/i18n';
import { useI18n } from '../utils/i18n/i18n-context';

export interface ThemePickerProps {
  themes: readonly Theme[];
  selected: readonly Theme[];
  /** How many cards carry each theme. */
  counts: Readonly<Record<Theme, number>>;
  onChange: (selected: Theme[]) => void;
}

/** A checkbox per theme, with "Select all" and "Clear". */
export function ThemePicker({ themes, selected, counts, onChange }: ThemePickerProps) {
  const { t } = useI18n();
  const toggle = (theme: Theme, on: boolean) =>
    onChange(themes.filter((t) => (t === theme ? on : selected.includes(t))));
  return (
    <fieldset class="settings-group">
      <legend>{t('themesLegend')}</legend>
      <p class="settings-group__hint">{t('themesHint')}</p>
      <div class="theme-picker__grid">
        {themes.map((theme) => (
          <label key={theme} class="settings-choice">
            <input
              type="checkbox"
              checked={selected.includes(theme)}
              onChange={(event) => toggle(theme, event.currentTarget.checked)}
            />
            <span>{t('themeWithCount', { theme: t(themeKey(theme)), count: counts[theme] })}</span>
          </label>
        ))}
      </div>
      <div class="settings-group__actions">
        <button type="button" class="button button--small" onClick={() => onChange([...themes])}>
          {t('selectAll')}
        </button>
        <button type="button" class="button button--small" onClick={() => onChange([])}>
          {t('clearThemes')}
        </button>
      </div>
    </fieldset>
  );
}
