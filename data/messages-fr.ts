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
  emptyNoOwnTitle: 'Aucune leçon à vous ici',
  emptyNoOwnBody:
    'Le nouvel onglet n’affiche que vos propres leçons, et aucune ne porte les thèmes choisis dans ce navigateur (elles sont gardées dans chaque navigateur, et pas en navigation privée). Écrivez-en une, ou affichez de nouveau tout le paquet.',
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
  markdownNote: 'Votre note : {note}',

  importTooLarge: 'Ce fichier dépasse 5 Mo : c’est trop pour un export de Lesson Tab.',
  importNotJson: 'Ce fichier n’est pas du JSON valide : rien n’a été importé.',
  importForbiddenKey: 'Ce fichier contient une clé interdite (« {key} ») : rien n’a été importé.',
  importNotLessonTab:
    'Ce n’est pas un fichier de favoris Lesson Tab (son « format » n’est pas « lesson-tab-favorites »).',
  importBadVersion:
    'Ce fichier de favoris est en version {version} ; cette version de Lesson Tab lit les versions 1 et 2.',
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
  comeBackLegend: 'Vos favoris reviennent',
  comeBackNever: 'Jamais',
  comeBackSometimes: 'De temps en temps (jusqu’à 3 par jour)',
  comeBackOften: 'Souvent (jusqu’à 6 par jour, et plus tôt)',
  returningFrom: 'Parmi vos favoris · enregistrée le {date}',
  returnQuestion: 'La revoir :',
  returnSoon: 'Bientôt',
  returnLater: 'Plus tard',
  returnMuchLater: 'Bien plus tard',
  returnAnswered: 'C’est noté : elle reviendra {when}.',
  helpNote: 'Ajouter ou modifier la note d’un favori',
  helpHide: 'Ne plus afficher cette leçon',
  noteRemovedWithFavorite: 'Retirée des favoris, avec sa note.',
  hideFailed: 'Impossible de masquer cette leçon : le stockage du navigateur n’a pas répondu.',
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
  // Mes leçons (page des réglages)
  myLessonsHeading: 'Mes leçons',
  myLessonsIntro:
    'Vos propres leçons rejoignent la même rotation que les nôtres. Elles restent dans ce navigateur.',
  myLessonsCount: 'Vos leçons : {count}',
  addLesson: 'Ajouter une leçon',
  editLessonHeading: 'Modifier « {title} »',
  addLessonHeading: 'Nouvelle leçon',
  fieldTitle: 'Titre',
  fieldBody: 'La leçon',
  fieldQuote: 'Citation (facultatif)',
  fieldSpeaker: 'Qui l’a dit',
  fieldTryThis: 'À essayer (facultatif)',
  fieldThemes: 'Thèmes (au moins un)',
  fieldSource: 'Source (facultatif : un livre, une personne, un lien)',
  fieldLang: 'Écrite en',
  charCount: '{count} sur {max} caractères',
  edit: 'Modifier',
  delete: 'Supprimer',
  importLessonsFailed: 'Impossible d’importer « {file} » : {reason}',
  myLessonsTooMany: 'Vous avez atteint {max} leçons à vous : supprimez-en avant d’en ajouter.',
  lessonsFromMine: 'Mes propres leçons uniquement',
  saveLesson: 'Enregistrer la leçon',
  lessonSaved: 'Leçon enregistrée.',
  lessonDeleted: '« {title} » supprimée.',
  editNamed: 'Modifier « {title} »',
  deleteNamed: 'Supprimer « {title} »',
  searchMyLessons: 'Chercher dans vos leçons',
  myLessonsNoMatch: 'Aucune de vos leçons ne correspond à « {query} ».',
  myLessonsEmpty: 'Aucune leçon à vous pour l’instant.',
  importLessons: 'Importer des leçons (CSV ou JSON)…',
  exportLessons: 'Exporter mes leçons (JSON)',
  sampleCsv: 'Exemple de CSV',
  importPreview: '{file} : {valid} à importer, {rejected} refus.',
  rejectedLine: 'Ligne {line} : {reason}',
  importCount: 'Importer ({count})',
  lessonsImported: 'Importées : {count}.',
  yourLesson: 'Votre leçon',
  statusSaved: 'Réglages enregistrés.',
  statusLoadFailed:
    'Vos réglages enregistrés n’ont pas pu être lus : les réglages par défaut sont affichés. Rien n’a été écrasé, et les changements faits ici ne sont pas enregistrés : rechargez la page pour réessayer.',
  statusSyncFailed:
    'La synchronisation du navigateur a refusé le changement (son quota est peut-être plein) : il est enregistré sur cet appareil seulement. Vos réglages synchronisés n’ont pas changé.',
  favoritesHeading: 'Favoris',
  // My lessons / Mes leçons : vérifier une leçon, importer un fichier de leçons
  myLessonTitleMissing: 'Le titre manque.',
  myLessonBodyMissing: 'Le texte de la leçon manque.',
  myLessonTitleTooLong: 'Le titre dépasse {max} caractères.',
  myLessonBodyTooLong: 'La leçon dépasse {max} caractères.',
  myLessonQuoteTooLong: 'La citation dépasse {max} caractères.',
  myLessonSpeakerTooLong: 'Le nom de l’auteur dépasse {max} caractères.',
  myLessonTryThisTooLong: '« À essayer » dépasse {max} caractères.',
  myLessonSourceTooLong: 'La source dépasse {max} caractères.',
  myLessonSpeakerWithoutQuote:
    'Un auteur sans citation : ajoutez la citation, ou laissez « Qui l’a dit » vide.',
  myLessonThemesMissing: 'Choisissez au moins un thème.',
  myLessonThemeUnknown: 'Choisissez les thèmes dans la liste.',
  myLessonLangUnknown: 'Choisissez l’anglais ou le français.',
  myLessonOneLine: 'Écrivez ceci sur une seule ligne, sans retour à la ligne.',
  myLessonControlChars:
    'Ce texte contient des caractères de contrôle invisibles. Retapez-le, ou collez-le en texte brut.',
  myLessonNotText: 'Ce champ doit contenir du texte.',
  importLessonsTooLarge: 'Ce fichier dépasse 5 Mo. Découpez-le en fichiers plus petits.',
  importLessonsEmpty: 'Ce fichier est vide.',
  importLessonsNotCsvOrJson:
    'Les leçons s’importent depuis un fichier CSV ou JSON, et ce fichier n’est ni l’un ni l’autre.',
  importLessonsControlChars:
    'Ce fichier contient des caractères de contrôle (comme NUL) : ce n’est sans doute pas un fichier texte. Rien n’a été importé.',
  importLessonsNotLessonsFile:
    'Ce fichier JSON n’est pas un fichier de leçons Lesson Tab (son « format » n’est pas « {format} »).',
  importLessonsBadVersion:
    'Ce fichier de leçons est en version {version} ; cette version de Lesson Tab lit la version 1.',
  importLessonsDamaged:
    'Le fichier est abîmé à l’endroit {path} : un champ manque, est en trop ou n’est pas du bon type. Rien n’a été importé.',
  importLessonsTooMany:
    'Avec ces {count} leçons, vous en auriez plus de 5 000 à vous (vous en avez {existing}). Rien n’a été importé.',
  importLessonsUnknownColumn:
    'Colonne inconnue « {column} » dans la ligne d’en-tête. Les colonnes sont : {columns}.',
  importLessonsMissingColumn: 'La ligne d’en-tête n’a pas de colonne « {column} » (il faut : {required}).',
  importLessonsDuplicateColumn: 'La colonne « {column} » apparaît deux fois dans la ligne d’en-tête.',
  importLessonsFieldCount:
    'Cette ligne a {count} valeurs, mais l’en-tête a {columns} colonnes. Mettez entre guillemets droits (") tout texte qui contient des virgules ou des retours à la ligne.',
  importLessonsBadQuotes:
    'Un guillemet droit n’est pas refermé, ou est mal placé, à partir de cette ligne. Une valeur entre guillemets se termine par un guillemet, et un guillemet à l’intérieur s’écrit deux fois ("").',
  importLessonsBadEntry: 'Cette entrée a un champ inconnu, ou une valeur du mauvais type, à « {field} ».',
  importLessonsUnknownTheme: 'Thème inconnu « {theme} ». Les thèmes sont : {themes}.',
  importLessonsDuplicate: 'Vous avez déjà la leçon « {title} », avec le même texte.',
  importLessonsDuplicateInFile: 'Même titre et même texte qu’à la ligne {line}.',
  // Backup / Sauvegarde : favoris, vos leçons et réglages dans un fichier, restaurés en entier
  backupHeading: 'Sauvegarde',
  backupIntro:
    'Un seul fichier avec vos favoris, vos propres leçons et vos réglages, à garder ou à emporter dans un autre navigateur.',
  backupUnavailable:
    'Vos favoris, leçons ou réglages enregistrés n’ont pas pu être lus : rien n’a été sauvegardé ni restauré. Rechargez la page pour réessayer.',
  backupPrivate:
    'Les sauvegardes sont désactivées en navigation privée : son stockage n’est pas le vôtre habituel, et disparaît à la fermeture de la fenêtre.',
  backUpEverything: 'Tout sauvegarder',
  restoreBackup: 'Restaurer une sauvegarde…',
  restoreConfirm: 'Restaurer',
  backupExported: 'Sauvegardés : favoris {favorites}, vos leçons {lessons}, et vos réglages.',
  backupMadeOn: 'Sauvegarde faite le {date}.',
  backupPreview:
    'La sauvegarde contient favoris {favorites}, vos leçons {lessons}, et des réglages : ils remplaceront ce qui est ici maintenant.',
  backupWillAdd:
    'Dans la sauvegarde mais pas ici, donc rajoutés : favoris {favorites}, vos leçons {lessons}.',
  backupWillRemove:
    'Ici mais pas dans la sauvegarde, donc retirés : favoris {favorites}, vos leçons {lessons}. Avec la synchronisation, ces favoris quittent aussi vos autres navigateurs.',
  backupWillChange: 'Vos leçons qui reprendront leur texte de la sauvegarde : {lessons}.',
  backupSettingsChange: 'Réglages qui vont changer : {settings}.',
  backupSettingsSame: 'Vos réglages sont les mêmes que dans la sauvegarde.',
  backupRestored: '« {file} » restauré : favoris {favorites}, vos leçons {lessons}, et vos réglages.',
  backupFailed: 'Impossible de restaurer « {file} » : {reason}',
  backupTooLarge:
    'Ce fichier dépasse 50 Mo : c’est trop pour une sauvegarde de Lesson Tab. Rien n’a été restauré.',
  backupNotJson: 'Ce fichier n’est pas du JSON valide. Rien n’a été restauré.',
  backupForbiddenKey: 'Ce fichier contient une clé interdite (« {key} »). Rien n’a été restauré.',
  backupNotBackup:
    'Ce fichier n’est pas une sauvegarde de Lesson Tab (son « format » n’est pas « {format} »). Un fichier de favoris ou de leçons s’importe dans sa propre section. Rien n’a été restauré.',
  backupNewerVersion:
    'Cette sauvegarde vient d’une version plus récente de Lesson Tab (sauvegarde en version {version}). Mettez Lesson Tab à jour, puis restaurez-la. Rien n’a été restauré.',
  backupBadVersion:
    'Cette sauvegarde est en version {version} ; cette version de Lesson Tab lit les versions 1 et 2. Rien n’a été restauré.',
  backupDamaged:
    'La sauvegarde est abîmée à l’endroit {path} : un champ manque, est en trop, est trop long ou n’est pas du bon type. Rien n’a été restauré.',
  backupDuplicate: 'La sauvegarde contient « {id} » deux fois. Rien n’a été restauré.',
  backupTooManyLessons:
    'La sauvegarde contient {count} leçons à vous, plus que les 5 000 que garde Lesson Tab. Rien n’a été restauré.',
  // Hidden lessons
  hideLesson: 'Ne plus l’afficher',
  hideLessonHint: 'Ne plus afficher cette leçon (H)',
  lessonHidden: '« {title} » ne sera plus affichée.',
  hiddenHeading: 'Leçons masquées',
  hiddenIntro:
    'Les leçons que vous avez choisi de ne plus voir (« Ne plus l’afficher » sur une carte). Aucun nouvel onglet ne les montre, et le nombre de cartes par thème ne les compte plus.',
  hiddenEmpty: 'Aucune leçon masquée. Pour en masquer une, choisissez « Ne plus l’afficher » sur sa carte.',
  showAgain: 'Afficher à nouveau',
  showAgainNamed: 'Afficher « {title} » à nouveau',
  shownAgain: '« {title} » sera de nouveau affichée.',
  showAgainFailed: 'Impossible d’afficher « {title} » à nouveau. Réessayez.',
  hiddenGone: 'Une leçon qui n’existe plus',
  hiddenOwnUnread: 'Une de vos propres leçons',
  emptyAllHiddenTitle: 'Toutes ces leçons sont masquées',
  emptyAllHiddenBody:
    'Vous avez choisi « Ne plus l’afficher » pour chaque carte que retiennent vos réglages. Affichez-en de nouveau quelques-unes, ou choisissez d’autres thèmes.',
  emptyAllHiddenLink: 'Voir les leçons masquées',
  // Progress
  progressHeading: 'Votre progression',
  progressCycle: '{seen} sur {total} vues dans ce cycle · cycle {round}',
  progressCycleEmpty: 'Aucune leçon ne correspond à vos réglages : aucun cycle n’est en cours.',
  progressDueNever: 'Aucun favori ne revient.',
  progressDueNone: 'Aucun favori à revoir cette semaine.',
  progressDueOne: '1 favori à revoir cette semaine.',
  progressDueMany: '{count} favoris à revoir cette semaine.',
  progressTableCaption: 'Leçons vues et mises en favori, par thème',
  progressTheme: 'Thème',
  progressSeen: 'Vues',
  progressFavorited: 'En favori',
  progressLessons: 'Leçons',
  // Notes on favorites
  noteLabel: 'Votre note',
  noteShown: 'Votre note :',
  noteCount: '{count} / {max}',
  noteSaving: 'Enregistrement…',
  noteSaved: 'Enregistrée',
  noteSaveFailed: 'Impossible d’enregistrer votre note : {reason}',
  noteReasonQuota: 'le navigateur n’a plus d’espace de stockage pour Lesson Tab.',
  noteReasonGone: 'cette leçon n’est plus dans vos favoris.',
  noteReasonRetry: 'elle reste ici ; continuez d’écrire, ou quittez le champ, pour réessayer.',
  noteFavoriteGone: 'Votre note n’a pas été enregistrée : cette leçon n’est plus dans vos favoris.',
  noteAdd: 'Ajouter une note',
  noteAddNamed: 'Ajouter une note à « {title} »',
  noteEdit: 'Modifier la note',
  noteEditNamed: 'Modifier la note de « {title} »',
  noteDone: 'Terminé',
  noteDoneNamed: 'Terminer la note de « {title} »',
  importNoteTooLong:
    'Le fichier est abîmé à l’endroit {path} : une note dépasse 1 000 caractères. Rien n’a été importé.',
  // Safety copy
  safetyCopyMissing: 'Vos favoris semblent avoir disparu de la base de données de ce navigateur.',
  safetyCopyUnopenable:
    'Lesson Tab ne peut pas ouvrir sa base de données dans ce navigateur pour l’instant : vos favoris ne peuvent être ni affichés ni restaurés.',
  safetyCopyHoldsOne: 'Une copie de sécurité du {date} contient 1 favori.',
  safetyCopyHoldsMany: 'Une copie de sécurité du {date} contient {count} favoris.',
  safetyCopyLessonsOne: 'Elle contient aussi 1 de vos propres leçons.',
  safetyCopyLessonsMany: 'Elle contient aussi {count} de vos propres leçons.',
  safetyCopyRestore: 'Les restaurer',
  safetyCopyRestoring: 'Restauration…',
  safetyCopyUnopenableHelp:
    'La copie de sécurité est conservée telle quelle. Redémarrez le navigateur ; si ce message reste, vérifiez que le navigateur autorise les extensions à enregistrer des données et que le disque a de la place. Dès que la base s’ouvrira, vous pourrez restaurer la copie ici.',
  safetyCopyRestored: 'Restauré depuis la copie de sécurité : favoris {favorites}, vos leçons {lessons}.',
  safetyCopyLessonsLeft: 'Non remises faute de place (5 000 leçons au plus) : {count} de vos leçons.',
  safetyCopyFailed:
    'Restauration impossible : le navigateur n’a pas laissé Lesson Tab écrire dans sa base de données. La copie de sécurité est conservée ; réessayez, ou redémarrez le navigateur.',
  // Favorites sync
  syncLegend: 'Synchronisation',
  syncSwitch: 'Synchroniser mes favoris entre mes navigateurs (avec la synchronisation du navigateur)',
  syncWhere:
    'L’identifiant de la carte de chaque favori, la date où vous l’avez enregistré ou retiré, et votre note passent par la synchronisation de votre navigateur (Chrome, Edge ou Firefox, connecté à votre compte du navigateur). Lesson Tab n’a ni serveur ni compte ; les favoris de vos propres leçons restent sur cet appareil.',
  syncSyncing: 'Synchronisation…',
  syncInSync: 'Favoris synchronisés : {count} ({size} Ko des 100 Ko du navigateur).',
  syncOwnStayHere: 'Favoris de vos propres leçons qui restent sur cet appareil : {count}.',
  syncEntriesStayHere:
    'Favoris qui ne tiennent pas dans la synchronisation et restent sur cet appareil : {count}.',
  syncNotesStayHere:
    'Notes qui ne tiennent pas dans la synchronisation et restent sur cet appareil : {count}.',
  syncRepaired: 'Une partie endommagée des favoris synchronisés a été réécrite.',
  syncOff: 'Synchronisation désactivée : vos favoris restent dans ce navigateur.',
  syncRemove: 'Retirer ce qui a été synchronisé',
  syncRemoved: 'Vos favoris ont été retirés de la synchronisation du navigateur. Ils sont toujours ici.',
  syncRemoveFailed: 'Impossible de retirer les favoris synchronisés : {reason}',
  syncQuota:
    'L’espace de synchronisation du navigateur est plein. Vos favoris ici sont intacts ; ceux qui tiennent restent synchronisés.',
  syncRate:
    'Trop de changements à la fois pour la synchronisation du navigateur. Vos favoris ici sont intacts ; elle reprend dans une minute.',
  syncCorrupt:
    'Une partie des favoris synchronisés est endommagée et n’a pas encore pu être réécrite. Vos favoris ici sont intacts.',
  syncNewer:
    'Des favoris ont été synchronisés par une version plus récente de Lesson Tab. Mettez Lesson Tab à jour ici pour les synchroniser ; vos favoris ici sont intacts.',
  syncFailed:
    'Impossible de synchroniser les favoris pour l’instant. Vos favoris ici sont intacts ; Lesson Tab réessaiera au prochain changement.',
};
