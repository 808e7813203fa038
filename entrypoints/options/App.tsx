import { useEffect } from 'preact/hooks';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { FavoritesLibrary } from '../../components/FavoritesLibrary';
import { ResetSettings } from '../../components/ResetSettings';
import { ThemePicker } from '../../components/ThemePicker';
import { THEMES, type Theme } from '../../data/lesson';
import type { FavoritesStore } from '../../utils/favorites-store';
import type { Appearance, LessonSource, RotationMode } from '../../utils/settings';
import { useFavoritesActions, useFavoritesState } from '../../utils/use-favorites';
import { type SaveStatus, useSettingsEditor } from '../../utils/use-settings-editor';

export interface AppProps {
  favorites: FavoritesStore;
  themeCounts: Readonly<Record<Theme, number>>;
}

const ROTATION_OPTIONS: { value: RotationMode; label: string }[] = [
  { value: 'every-tab', label: 'On every new tab' },
  { value: 'hourly', label: 'Once an hour' },
  { value: 'daily', label: 'Once a day (a lesson of the day, changing at midnight)' },
];
const SOURCE_OPTIONS: { value: LessonSource; label: string }[] = [
  { value: 'all', label: 'The whole deck' },
  { value: 'favorites', label: 'My favorites only' },
];
const APPEARANCE_OPTIONS: { value: Appearance; label: string }[] = [
  { value: 'system', label: 'Same as the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

const STATUS_TEXT: Record<SaveStatus['kind'], string> = {
  idle: '',
  saved: 'Settings saved.',
  'load-failed': 'Your saved settings could not be read, so the defaults are shown. Nothing was overwritten.',
  'sync-failed':
    'Your browser’s sync storage refused the change (its quota may be full), so it is saved on this device only. Your synced settings were not changed.',
};

export function App({ favorites, themeCounts }: AppProps) {
  const { settings, status, update, reset } = useSettingsEditor();
  const favoritesState = useFavoritesState(favorites);
  const actions = useFavoritesActions(favorites);

  useEffect(() => {
    void favorites.start();
    return () => favorites.close();
  }, [favorites]);

  return (
    <div class="options">
      <header class="options__header">
        <h1>Lesson Tab settings</h1>
        <p class={`options__status options__status--${status.kind}`} role="status">
          {STATUS_TEXT[status.kind]}
        </p>
      </header>
      <main class="options__sections">
        <section class="options__section" aria-labelledby="lessons-heading">
          <h2 id="lessons-heading">Lessons</h2>
          <ThemePicker
            themes={THEMES}
            selected={settings.themes}
            counts={themeCounts}
            onChange={(themes) => update({ themes })}
          />
          <ChoiceGroup
            legend="Show a new lesson"
            name="rotation"
            options={ROTATION_OPTIONS}
            value={settings.rotation}
            onChange={(rotation) => update({ rotation })}
          />
          <ChoiceGroup
            legend="Lessons from"
            name="lessons-from"
            options={SOURCE_OPTIONS}
            value={settings.lessonsFrom}
            onChange={(lessonsFrom) => update({ lessonsFrom })}
          />
        </section>
        <section class="options__section" aria-labelledby="appearance-heading">
          <h2 id="appearance-heading">Appearance</h2>
          <ChoiceGroup
            legend="Colours"
            name="appearance"
            options={APPEARANCE_OPTIONS}
            value={settings.appearance}
            onChange={(appearance) => update({ appearance })}
          />
          <ResetSettings onReset={reset} />
        </section>
        <section class="options__section" aria-labelledby="favorites-heading">
          <h2 id="favorites-heading">Favorites</h2>
          <FavoritesLibrary
            favorites={favoritesState.favorites}
            unavailable={favoritesState.status === 'ready' ? undefined : favoritesState.message}
            notice={actions.notice}
            onRemove={actions.remove}
            onExport={actions.exportAs}
            onImport={actions.importFrom}
          />
        </section>
      </main>
    </div>
  );
}
