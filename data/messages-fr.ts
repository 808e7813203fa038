import type { Messages } from './messages-en';

/** L’interface en français : mêmes clés que messages-en.ts, le typage exige qu’aucune ne manque. */
export const MESSAGES_FR: Messages = {
  extName: 'Lesson Tab',
  extDescription: 'Une leçon courte et soignée pour les entrepreneurs, à chaque nouvel onglet.',
  newTabTitle: 'Nouvel onglet',
  settingsTitle: 'Réglages de Lesson Tab',

  favoritesButton: 'Favoris',
  settingsLink: 'Réglages',
  helpButton: 'Raccourcis clavier',
  previousLesson: 'Leçon précédente',
  nextLesson: 'Leçon suivante',
  lessonsNav: 'Leçons',
  favorite: 'Favori',
  favoriteHintOff: 'Ajouter aux favoris (F)',
  favoriteHintOn: 'Dans vos favoris (F)',
  tryThis: 'À essayer',
  themesList: 'Thèmes',
  source: 'Source :',
  translation: 'Traduction :',
  quoted: '« {text} »',
  labelled: '{label} : {text}',
  nowShowing: 'Leçon affichée : {title}',
  copied: 'Leçon copiée dans le presse-papiers.',
  copyFailed: 'Copie impossible : le navigateur ne l’a pas permis.',

  themeFailure: 'Échec',
  themeCustomers: 'Clients',
  themeInnovation: 'Innovation',
  themePassion: 'Passion',
  themePersistence: 'Persévérance',
  themeVision: 'Vision',
  themeLeadership: 'Direction d’équipe',
  themePeople: 'Relations humaines',
  themeGoingGlobal: 'Conquête internationale',
  themeSmallBusiness: 'Petites entreprises',

  emptyNoThemesTitle: 'Aucune leçon à afficher',
  emptyNoThemesBody:
    'Tous les thèmes sont désactivés dans vos réglages : le paquet est vide. Choisissez les thèmes qui vous intéressent.',
  emptyNoFavoritesTitle: 'Pas encore de favoris',
  emptyNoFavoritesBody:
    'Vous avez choisi de ne voir que vos favoris, et aucun ne correspond encore à vos thèmes. Affichez tout le paquet, puis cliquez sur le cœur des leçons qui vous plaisent.',
  openSettings: 'Ouvrir les réglages',

  helpTitle: 'Raccourcis clavier',
  helpPrevious: 'Leçon précédente',
  helpNext: 'Leçon suivante',
  helpFavorite: 'Ajouter aux favoris ou en retirer',
  helpCopy: 'Copier la leçon en texte',
  helpHelp: 'Afficher cette aide',
  helpEscape: 'Fermer un panneau',
  close: 'Fermer',
  closeFavorites: 'Fermer les favoris',

  favoritesTitle: 'Favoris',
  searchFavorites: 'Rechercher dans les favoris',
  searchPlaceholder: 'Titre, mots, auteur, thème…',
  savedLessons: 'Leçons enregistrées',
  favoritesEmpty:
    'Pas encore de favoris. Cliquez sur le cœur d’une leçon, ou appuyez sur la touche F, pour la retrouver ici.',
  favoritesNoMatch: 'Aucun favori ne correspond à « {query} ».',
  savedOn: 'Enregistrée le {date}',
  show: 'Afficher',
  showNamed: 'Afficher « {title} »',
  remove: 'Retirer',
  removeNamed: 'Retirer « {title} »',
  exportJson: 'Exporter en JSON',
  exportMarkdown: 'Exporter en Markdown',
  importJson: 'Importer un JSON…',
  undo: 'Annuler',
  removedNotice: '« {title} » retirée des favoris.',
  exportedOne: '1 favori exporté.',
  exportedMany: '{count} favoris exportés.',
  importedNotice: '« {file} » importé : {added} ajoutés, {updated} mis à jour, {skipped} ignorés.',
  importFailed: 'Impossible d’importer « {file} ». {reason}',
  markdownHeading: 'Mes favoris Lesson Tab',
  markdownExported: 'Exporté le {date}.',
  markdownSaved: 'Enregistrée le {date}',
  markdownTryThis: 'À essayer :',
  markdownThemes: 'Thèmes : {themes}',
  markdownSource: 'Source : {source}',
  markdownNote: 'Note : {note}',

  importTooLarge: 'Ce fichier dépasse 5 Mo : c’est trop pour un export de Lesson Tab.',
  importNotJson: 'Ce fichier n’est pas du JSON valide : rien n’a été importé.',
  importForbiddenKey: 'Ce fichier contient une clé interdite (« {key} ») : rien n’a été importé.',
  importNotLessonTab:
    'Ce n’est pas un fichier de favoris Lesson Tab (son « format » n’est pas « lesson-tab-favorites »).',
  importBadVersion:
    'Ce fichier de favoris est en version {version} ; cette version de Lesson Tab lit la version 1.',
  importDamagedLength:
    'Le fichier est abîmé à l’endroit {path} : le texte dépasse {max}. Rien n’a été importé.',
  importDamagedDate:
    'Le fichier est abîmé à l’endroit {path} : ce n’est pas une date comme 2026-01-31T09:00:00.000Z. Rien n’a été importé.',
  importDamagedId:
    'Le fichier est abîmé à l’endroit {path} : ce n’est pas un identifiant de leçon. Rien n’a été importé.',
  importDamagedValue:
    'Le fichier est abîmé à l’endroit {path} : un champ manque, est en trop, est vide ou n’est pas du bon type. Rien n’a été importé.',
  importDuplicate: 'Le fichier contient deux fois « {id} ». Rien n’a été importé.',

  favoritesBlocked:
    'Lesson Tab a été mis à jour. Fermez vos autres onglets Lesson Tab pour terminer, et vos favoris reviendront.',
  favoritesPrivate:
    'Favoris désactivés en navigation privée : rien de ce que vous faites ici n’est conservé. Vos favoris vous attendent dans vos autres fenêtres ; les leçons fonctionnent quand même.',
  favoritesStorageDenied:
    'Favoris désactivés : ce navigateur ne laisse pas Lesson Tab enregistrer de données ici (données de site bloquées, peut-être). Les leçons fonctionnent quand même.',
  favoritesUnavailable:
    'Favoris désactivés : le navigateur n’a pas pu ouvrir le stockage de Lesson Tab. Vos favoris sont intacts ; essayez de redémarrer le navigateur.',
  favoritesQuota:
    'Enregistrement impossible : le navigateur manque d’espace pour Lesson Tab. Rien n’a été modifié.',
  favoritesSlow:
    'Enregistrement en cours… le navigateur tarde à répondre. Gardez cet onglet ouvert un instant.',
  favoritesWriteFailed: 'Impossible d’enregistrer ce changement. Rien n’a été modifié ; réessayez.',

  lessonsHeading: 'Leçons',
  themesLegend: 'Thèmes',
  themesHint: 'Le nouvel onglet affiche les leçons qui ont au moins un des thèmes choisis.',
  themeWithCount: '{theme} ({count})',
  selectAll: 'Tout sélectionner',
  clearThemes: 'Tout désélectionner',
  rotationLegend: 'Afficher une nouvelle leçon',
  rotationEveryTab: 'À chaque nouvel onglet',
  rotationHourly: 'Une fois par heure',
  rotationDaily: 'Une fois par jour (la leçon du jour, qui change à minuit)',
  lessonsFromLegend: 'Leçons tirées de',
  lessonsFromAll: 'Tout le paquet',
  lessonsFromFavorites: 'Mes favoris seulement',
  appearanceHeading: 'Apparence et langue',
  colorsLegend: 'Couleurs',
  appearanceSystem: 'Comme le système',
  appearanceLight: 'Claires',
  appearanceDark: 'Sombres',
  languageLegend: 'Langue',
  languageAuto: 'Comme le navigateur',
  resetButton: 'Rétablir les réglages par défaut…',
  resetQuestion:
    'Rétablir les thèmes, la rotation, l’apparence et la langue par défaut ? Vos favoris sont conservés.',
  resetConfirm: 'Rétablir les réglages',
  cancel: 'Annuler',
  statusSaved: 'Réglages enregistrés.',
  statusLoadFailed:
    'Vos réglages enregistrés n’ont pas pu être lus : les réglages par défaut sont affichés. Rien n’a été écrasé, et les changements faits ici ne sont pas enregistrés : rechargez la page pour réessayer.',
  statusSyncFailed:
    'La synchronisation du navigateur a refusé le changement (son quota est peut-être plein) : il est enregistré sur cet appareil seulement. Vos réglages synchronisés n’ont pas changé.',
  favoritesHeading: 'Favoris',
};
