import { useMemo, useState } from 'preact/hooks';
import { BackupSection } from '../../components/BackupSection';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { FavoritesLibrary } from '../../components/FavoritesLibrary';
import { HiddenLessons } from '../../components/HiddenLessons';
import { MyLessonForm } from '../../components/MyLessonForm';
import { MyLessons } from '../../components/MyLessons';
import { ProgressSection } from '../../components/ProgressSection';
import { ResetSettings } from '../../components/ResetSettings';
import { SafetyCopyOffer } from '../../components/SafetyCopyOffer';
import { SyncSection } from '../../components/SyncSection';
import { ThemePicker } from '../../components/ThemePicker';
import { THEMES } from '../../data/lesson';
import type { MessageKey } from '../../data/messages-en';
import { useBackup } from '../../utils/backup/use-backup';
import { countThemes, type DeckCard } from '../../utils/deck/deck-filter';
import type { FavoritesStore } from '../../utils/favorites/favorites-store';
import { useFavoritesState } from '../../utils/favorites/use-favorites';
import { useFavoritesActions } from '../../utils/favorites/use-favorites-actions';
import { useFavoriteNotes } from '../../utils/favorites/use-note-editor';
import { useFavoritesSync } from '../../utils/favorites-sync/use-favorites-sync';
import type { Slot } from '../../utils/first-frame/local-json';
import { hiddenItems } from '../../utils/hidden-lessons/hidden-list';
import { HIDDEN_LESSONS_ANCHOR } from '../../utils/hidden-lessons/hidden-store';
import { type HiddenStorage, useHiddenLessons } from '../../utils/hidden-lessons/use-hidden-lessons';
import { type LanguagePack, resolveLanguage } from '../../utils/i18n/i18n';
import { I18nContext, useDocumentLanguage, useLanguagePack } from '../../utils/i18n/i18n-context';
import { LIMITS } from '../../utils/my-lessons/my-lesson';
import { sampleCsv } from '../../utils/my-lessons/my-lessons-file';
import type { MyLessonsStore } from '../../utils/my-lessons/my-lessons-store';
import { useMyLessons } from '../../utils/my-lessons/use-my-lessons';
import { useMyLessonsEditor } from '../../utils/my-lessons/use-my-lessons-editor';
import { useProgress } from '../../utils/progress/use-progress';
import { useFavoriteTimes } from '../../utils/resurfacing/use-favorite-times';
import { useSafetyCopy } from '../../utils/safety-copy/use-safety-copy';
import type { SaveStatus } from '../../utils/settings/use-settings-editor';
import { useSettingsEditor } from '../../utils/settings/use-settings-editor';

export interface AppProps {
  favorites: FavoritesStore;
  myLessons: MyLessonsStore;
  /** Our cards, for the theme counts (the user's own are added here, the hidden left out). */
  lessons: readonly DeckCard[];
  /** Where the hidden lessons are kept: the extension's storage, and the page's localStorage. */
  hiddenStorage: () => Promise<HiddenStorage>;
  slot: Slot | undefined;
  /** The browser's language, for the "auto" language setting. */
  browserLanguage: string;
  initialLanguage: LanguagePack;
}

const STATUS_KEYS: Record<SaveStatus['kind'], MessageKey | undefined> = {
  idle: undefined,
  saved: 'statusSaved',
  'load-failed': 'statusLoadFailed',
  'sync-failed': 'statusSyncFailed',
};

/** The sample CSV as a link's address, made on the page (no network). */
const SAMPLE_HREF = `data:text/csv;charset=utf-8,${encodeURIComponent(sampleCsv())}`;

export function App({ favorites, myLessons, lessons, browserLanguage, initialLanguage, ...props }: AppProps) {
  const { settings, status, update, reset } = useSettingsEditor();
  const { i18n, lessons: translations } = useLanguagePack(
    resolveLanguage(settings.language, browserLanguage),
    initialLanguage,
  );
  const { lang, t } = i18n;
  const favoritesState = useFavoritesState(favorites);
  const notes = useFavoriteNotes(favorites);
  // Not before the settings are read: a sync switched off must not run even once.
  const sync = useFavoritesSync(favorites, settings.syncFavorites && status.kind !== 'load-failed');
  const [syncNotice, setSyncNotice] = useState('');
  useFavoriteTimes(favoritesState, props.slot);
  const actions = useFavoritesActions(favorites, t, { saving: favoritesState.saving });
  const safetyCopy = useSafetyCopy({ store: favorites, state: favoritesState });
  const statusKey = STATUS_KEYS[status.kind];
  const mine = useMyLessons(myLessons);
  const editor = useMyLessonsEditor(myLessons, mine.lessons, t, lang);
  const backup = useBackup({
    t,
    lang,
    settings,
    settingsUnread: status.kind === 'load-failed',
    privateWindow: favoritesState.message === 'favoritesPrivate',
    favorites: favoritesState.favorites,
    lessons: mine.lessons,
    applySettings: update,
  });
  const hidden = useHiddenLessons(props.hiddenStorage, props.slot);
  const counts = useMemo(
    () => countThemes([...lessons, ...mine.lessons], hidden.ids),
    [lessons, mine.lessons, hidden.ids],
  );
  const progress = useProgress(
    {
      lessons,
      mine: mine.lessons,
      settings,
      favorites: favoritesState.status === 'ready' ? favoritesState.favorites : undefined,
      hiddenIds: hidden.ids,
    },
    { slot: props.slot },
  );
  const hiddenList = useMemo(
    () =>
      hiddenItems(
        hidden.lessons,
        { mine: mine.lessons, mineRead: mine.status === 'ready', lang, translations },
        t,
      ),
    [hidden.lessons, mine.lessons, mine.status, lang, translations, t],
  );

  useDocumentLanguage(lang, t('settingsTitle'));

  return (
    <I18nContext.Provider value={i18n}>
      <div class="options">
        <header class="options__header">
          <h1>{t('settingsTitle')}</h1>
          <p class={`options__status options__status--${status.kind}`} role="status">
            {statusKey && t(statusKey)}
          </p>
        </header>
        <main class="options__sections">
          <section class="options__section" aria-labelledby="lessons-heading">
            <h2 id="lessons-heading">{t('lessonsHeading')}</h2>
            <ThemePicker
              themes={THEMES}
              selected={settings.themes}
              counts={counts}
              onChange={(themes) => update({ themes })}
            />
            <ChoiceGroup
              legend={t('rotationLegend')}
              name="rotation"
              options={[
                { value: 'every-tab', label: t('rotationEveryTab') },
                { value: 'hourly', label: t('rotationHourly') },
                { value: 'daily', label: t('rotationDaily') },
              ]}
              value={settings.rotation}
              onChange={(rotation) => update({ rotation })}
            />
            <ChoiceGroup
              legend={t('lessonsFromLegend')}
              name="lessons-from"
              options={[
                { value: 'all', label: t('lessonsFromAll') },
                { value: 'favorites', label: t('lessonsFromFavorites') },
                { value: 'mine', label: t('lessonsFromMine') },
              ]}
              value={settings.lessonsFrom}
              onChange={(lessonsFrom) => update({ lessonsFrom })}
            />
            <ChoiceGroup
              legend={t('comeBackLegend')}
              name="come-back"
              options={[
                { value: 'never', label: t('comeBackNever') },
                { value: 'sometimes', label: t('comeBackSometimes') },
                { value: 'often', label: t('comeBackOften') },
              ]}
              value={settings.comeBack}
              onChange={(comeBack) => update({ comeBack })}
            />
          </section>
          <section class="options__section" aria-labelledby="appearance-heading">
            <h2 id="appearance-heading">{t('appearanceHeading')}</h2>
            <ChoiceGroup
              legend={t('colorsLegend')}
              name="appearance"
              options={[
                { value: 'system', label: t('appearanceSystem') },
                { value: 'light', label: t('appearanceLight') },
                { value: 'dark', label: t('appearanceDark') },
              ]}
              value={settings.appearance}
              onChange={(appearance) => update({ appearance })}
            />
            <ChoiceGroup
              legend={t('languageLegend')}
              name="language"
              options={[
                { value: 'auto', label: t('languageAuto') },
                // Each language is named in itself, so a reader can always find their own.
                { value: 'en', label: 'English', lang: 'en' },
                { value: 'fr', label: 'Français', lang: 'fr' },
              ]}
              value={settings.language}
              onChange={(language) => update({ language })}
            />
            <ResetSettings onReset={reset} />
          </section>
          <section class="options__section" aria-labelledby="progress-heading">
            <h2 id="progress-heading">{t('progressHeading')}</h2>
            <ProgressSection {...progress} />
          </section>
          <section class="options__section" aria-labelledby="my-lessons-heading">
            <h2 id="my-lessons-heading">{t('myLessonsHeading')}</h2>
            <MyLessons
              lessons={mine.lessons}
              results={editor.results}
              query={editor.query}
              onQuery={editor.setQuery}
              unavailable={
                mine.status === 'ready' || mine.status === 'loading'
                  ? undefined
                  : mine.message && t(mine.message)
              }
              notice={editor.notice}
              preview={editor.preview}
              form={
                editor.editing && (
                  <MyLessonForm
                    heading={
                      editor.editing.id
                        ? t('editLessonHeading', { title: editor.editing.values.title })
                        : t('addLessonHeading')
                    }
                    values={editor.editing.values}
                    errors={editor.errors}
                    limits={LIMITS}
                    onChange={editor.change}
                    onSave={editor.save}
                    onCancel={editor.cancel}
                  />
                )
              }
              onAdd={editor.openAdd}
              onEdit={editor.openEdit}
              onDelete={editor.remove}
              onImportFile={editor.importFile}
              onExport={editor.exportAll}
              onConfirmImport={editor.confirmImport}
              onCancelImport={editor.cancelImport}
              sampleHref={SAMPLE_HREF}
            />
          </section>
          <section class="options__section" aria-labelledby="favorites-heading">
            <h2 id="favorites-heading">{t('favoritesHeading')}</h2>
            <FavoritesLibrary
              notes={notes}
              favorites={favoritesState.favorites}
              unavailable={
                favoritesState.status === 'ready'
                  ? undefined
                  : favoritesState.message && t(favoritesState.message)
              }
              notice={actions.notice}
              onRemove={actions.remove}
              onExport={actions.exportAs}
              onImport={actions.importFrom}
              safetyCopy={<SafetyCopyOffer {...safetyCopy} />}
            />
          </section>
          <section class="options__section" aria-labelledby="sync-heading">
            <h2 id="sync-heading">{t('syncLegend')}</h2>
            <SyncSection
              enabled={settings.syncFavorites}
              state={sync.state}
              onToggle={(syncFavorites) => update({ syncFavorites })}
              onRemoveSynced={() => {
                sync.removeSynced().then(
                  () => setSyncNotice(t('syncRemoved')),
                  (error) =>
                    setSyncNotice(t('syncRemoveFailed', { reason: String(error?.message ?? error) })),
                );
              }}
              notice={syncNotice}
            />
          </section>
          <section
            id={HIDDEN_LESSONS_ANCHOR}
            class="options__section"
            aria-labelledby="hidden-lessons-heading"
          >
            <h2 id="hidden-lessons-heading">{t('hiddenHeading')}</h2>
            <HiddenLessons lessons={hiddenList} onShowAgain={hidden.showAgain} />
          </section>
          <section class="options__section" aria-labelledby="backup-heading">
            <h2 id="backup-heading">{t('backupHeading')}</h2>
            <BackupSection
              notice={backup.notice}
              pending={backup.pending}
              onBackUp={backup.backUp}
              onChoose={backup.choose}
              onConfirm={backup.confirm}
              onCancel={backup.cancel}
            />
          </section>
        </main>
      </div>
    </I18nContext.Provider>
  );
}
