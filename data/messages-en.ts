/**
 * The interface's words in English. Keys follow Chrome's message naming, as they also become
 * _locales/en/messages.json at build time; {name} marks a value filled in at run time.
 */
export const MESSAGES_EN = {
  extName: 'Lesson Tab',
  extDescription: 'A short, well-made lesson for entrepreneurs on every new tab.',
  newTabTitle: 'New Tab',
  settingsTitle: 'Lesson Tab settings',

  favoritesButton: 'Favorites',
  settingsLink: 'Settings',
  helpButton: 'Keyboard shortcuts',
  previousLesson: 'Previous lesson',
  nextLesson: 'Next lesson',
  lessonsNav: 'Lessons',
  favorite: 'Favorite',
  favoriteHintOff: 'Save to favorites (F)',
  favoriteHintOn: 'Saved to favorites (F)',
  tryThis: 'Try this',
  themesList: 'Themes',
  source: 'Source:',
  translation: 'Translation:',
  /** Quoted words in running text (the clipboard, the favorites list). */
  quoted: '“{text}”',
  /** A label before its text, in plain text (the clipboard). */
  labelled: '{label}: {text}',
  nowShowing: 'Now showing: {title}',
  copied: 'Lesson copied to the clipboard.',
  copyFailed: 'Could not copy: the browser did not allow it.',

  themeFailure: 'Failure',
  themeCustomers: 'Customers',
  themeInnovation: 'Innovation',
  themePassion: 'Passion',
  themePersistence: 'Persistence',
  themeVision: 'Vision',
  themeLeadership: 'Leadership',
  themePeople: 'People',
  themeGoingGlobal: 'Going global',
  themeSmallBusiness: 'Small business',

  emptyNoThemesTitle: 'No lessons to show',
  emptyNoThemesBody:
    'Every theme is switched off in your settings, so the deck is empty. Pick the themes you want to read about.',
  emptyNoFavoritesTitle: 'No favorites yet',
  emptyNoFavoritesBody:
    'You chose to see only your favorites, and none of them matches your themes yet. Show the whole deck, then press the heart on the lessons you love.',
  openSettings: 'Open settings',

  helpTitle: 'Keyboard shortcuts',
  helpPrevious: 'Previous lesson',
  helpNext: 'Next lesson',
  helpFavorite: 'Add to or remove from favorites',
  helpCopy: 'Copy the lesson as text',
  helpHelp: 'Show this help',
  helpEscape: 'Close a panel',
  close: 'Close',
  closeFavorites: 'Close favorites',

  favoritesTitle: 'Favorites',
  searchFavorites: 'Search favorites',
  searchPlaceholder: 'Title, words, speaker, theme…',
  savedLessons: 'Saved lessons',
  favoritesEmpty:
    'No favorites yet. Press the heart on a lesson card, or the F key, and it will be kept here.',
  favoritesNoMatch: 'No favorite matches “{query}”.',
  savedOn: 'Saved {date}',
  show: 'Show',
  showNamed: 'Show “{title}”',
  remove: 'Remove',
  removeNamed: 'Remove “{title}”',
  exportJson: 'Export JSON',
  exportMarkdown: 'Export Markdown',
  importJson: 'Import JSON…',
  undo: 'Undo',
  removedNotice: 'Removed “{title}”.',
  exportedOne: 'Exported 1 favorite.',
  exportedMany: 'Exported {count} favorites.',
  importedNotice: 'Imported “{file}”: {added} added, {updated} updated, {skipped} skipped.',
  importFailed: 'Could not import “{file}”. {reason}',
  markdownHeading: 'My Lesson Tab favorites',
  markdownExported: 'Exported {date}.',
  markdownSaved: 'Saved {date}',
  markdownTryThis: 'Try this:',
  markdownThemes: 'Themes: {themes}',
  markdownSource: 'Source: {source}',
  markdownNote: 'Note: {note}',

  importTooLarge: 'This file is larger than 5 MB, too large to be a Lesson Tab export.',
  importNotJson: 'This file is not valid JSON, so nothing was imported.',
  importForbiddenKey: 'This file contains a forbidden key ("{key}"), so nothing was imported.',
  importNotLessonTab: 'This is not a Lesson Tab favorites file (its "format" is not "lesson-tab-favorites").',
  importBadVersion: 'This favorites file has version {version}; this Lesson Tab reads version 1.',
  importDamagedLength: 'The file is damaged at {path}: the text is longer than {max}. Nothing was imported.',
  importDamagedDate:
    'The file is damaged at {path}: not a date such as 2026-01-31T09:00:00.000Z. Nothing was imported.',
  importDamagedId: 'The file is damaged at {path}: not a lesson id. Nothing was imported.',
  importDamagedValue:
    'The file is damaged at {path}: a field is missing, unexpected, empty or of the wrong kind. Nothing was imported.',
  importDuplicate: 'The file lists "{id}" twice. Nothing was imported.',

  favoritesBlocked:
    'Lesson Tab was updated. Close your other Lesson Tab tabs to finish, and favorites will be back.',
  favoritesPrivate:
    'Favorites are off in private windows: nothing you do here is kept. Your favorites are in your other windows; lessons still work.',
  favoritesStorageDenied:
    'Favorites are off: this browser does not let Lesson Tab save data here (blocked site data, perhaps). Lessons still work.',
  favoritesUnavailable:
    'Favorites are off: the browser could not open Lesson Tab’s storage. Your saved favorites are untouched; try restarting the browser.',
  favoritesQuota: 'Could not save: the browser is out of storage space for Lesson Tab. Nothing was changed.',
  favoritesSlow: 'Still saving… the browser is slow to answer. Keep this tab open a moment.',
  favoritesWriteFailed: 'Could not save that change. Nothing was changed; please try again.',

  lessonsHeading: 'Lessons',
  themesLegend: 'Themes',
  themesHint: 'The new tab shows cards with at least one of the themes you pick.',
  themeWithCount: '{theme} ({count})',
  selectAll: 'Select all',
  clearThemes: 'Clear',
  rotationLegend: 'Show a new lesson',
  rotationEveryTab: 'On every new tab',
  rotationHourly: 'Once an hour',
  rotationDaily: 'Once a day (a lesson of the day, changing at midnight)',
  lessonsFromLegend: 'Lessons from',
  lessonsFromAll: 'The whole deck',
  lessonsFromFavorites: 'My favorites only',
  appearanceHeading: 'Appearance and language',
  colorsLegend: 'Colours',
  appearanceSystem: 'Same as the system',
  appearanceLight: 'Light',
  appearanceDark: 'Dark',
  languageLegend: 'Language',
  languageAuto: 'Same as the browser',
  resetButton: 'Reset to defaults…',
  resetQuestion: 'Reset themes, rotation, appearance and language to their defaults? Your favorites stay.',
  resetConfirm: 'Reset settings',
  cancel: 'Cancel',
  statusSaved: 'Settings saved.',
  statusLoadFailed:
    'Your saved settings could not be read, so the defaults are shown. Nothing was overwritten, and changes made here are not saved: reload the page to try again.',
  statusSyncFailed:
    'Your browser’s sync storage refused the change (its quota may be full), so it is saved on this device only. Your synced settings were not changed.',
  favoritesHeading: 'Favorites',
} as const;

export type MessageKey = keyof typeof MESSAGES_EN;
export type Messages = Record<MessageKey, string>;
