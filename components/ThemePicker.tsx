import type { Theme } from '../data/lesson';
import { themeLabel } from '../utils/theme-label';

export interface ThemePickerProps {
  themes: readonly Theme[];
  selected: readonly Theme[];
  /** How many cards carry each theme. */
  counts: Readonly<Record<Theme, number>>;
  onChange: (selected: Theme[]) => void;
}

/** A checkbox per theme, with "Select all" and "Clear". */
export function ThemePicker({ themes, selected, counts, onChange }: ThemePickerProps) {
  const toggle = (theme: Theme, on: boolean) =>
    onChange(themes.filter((t) => (t === theme ? on : selected.includes(t))));
  return (
    <fieldset class="settings-group">
      <legend>Themes</legend>
      <p class="settings-group__hint">The new tab shows cards with at least one of the themes you pick.</p>
      <div class="theme-picker__grid">
        {themes.map((theme) => (
          <label key={theme} class="settings-choice">
            <input
              type="checkbox"
              checked={selected.includes(theme)}
              onChange={(event) => toggle(theme, event.currentTarget.checked)}
            />
            <span>
              {themeLabel(theme)} <span class="settings-choice__count">({counts[theme]})</span>
            </span>
          </label>
        ))}
      </div>
      <div class="settings-group__actions">
        <button type="button" onClick={() => onChange([...themes])}>
          Select all
        </button>
        <button type="button" onClick={() => onChange([])}>
          Clear
        </button>
      </div>
    </fieldset>
  );
}
