import type { LessonTranslation } from './lesson';

/** The deck in French, by card id. Quotes keep their original language; `quote` is a marked translation. */
export const LESSONS_FR: Readonly<Record<string, LessonTranslation>> = {
  'repair-the-roof-in-sunshine': {
    title: 'Réparer le toit tant qu’il fait beau',
    body: 'Quand son équipe lui annonce une année formidable, Ma y voit le signal qu’il faut changer : les périodes fastes laissent la marge de reconstruire. Quand les ennuis arrivent, il fait l’inverse et ne bouge plus : on ne monte pas sur le toit en pleine tempête.',
    tryThis:
      'Choisissez une chose qui marche bien aujourd’hui et demandez-vous ce qui pourrait la casser d’ici deux ans.',
    quote:
      'Quand l’entreprise va bien, changez l’entreprise. Quand l’entreprise est en difficulté, soyez prudent. Ne bougez pas. C’est comme quand la tempête arrive : ne montez pas réparer le toit.',
  },
  'three-years-of-zero-revenue': {
    title: 'Trois ans sans chiffre d’affaires',
    body: 'Pendant ses trois premières années, Alibaba n’a réalisé aucun chiffre d’affaires. L’économie chinoise n’était pas mûre pour le commerce en ligne, et commerçants, fonctionnaires et autres petites entreprises s’y opposaient, car ils y voyaient une menace pour les boutiques traditionnelles.',
    tryThis: 'Décidez combien de temps vous laisserez à votre projet avant de le juger, et notez la date.',
  },
  'gentleness-is-tenacity': {
    title: 'Doux et tenace',
    body: 'Le parcours de Ma nous invite à mettre de la persévérance, de la pugnacité, de la rigueur et du courage dans la relation client et dans nos relations humaines au quotidien. La fermeté n’a pas besoin d’être brutale, et la douceur peut se révéler ce qu’il y a de plus tenace.',
    tryThis:
      'Répondez aujourd’hui au message client le plus épineux avec patience, en proposant une suite claire.',
  },
  'rejected-by-thirty-companies': {
    title: 'Trente refus, une nouvelle voie',
    body: 'Comme Ma l’a raconté à Chicago en 2015, il a postulé après l’université dans 30 grandes entreprises, et aucune n’a voulu de lui. Il a vu dans ces refus une invitation à créer quelque chose à lui, et a lancé une agence de traduction qui lui a rapporté 50 dollars le premier mois.',
    tryThis: 'Repensez à un refus récent et demandez-vous vers quelle porte il pourrait vous orienter.',
    quote:
      'Après avoir été rejeté tant de fois, je me suis dit : ouah, Dieu veut peut-être que je fasse quelque chose pour moi-même, et non que je travaille pour les autres.',
  },
  'fix-the-vending-system': {
    title: 'Résoudre le problème qu’on a sous les yeux',
    body: 'Quand des fonctionnaires ont demandé à Ma d’examiner une panne technique de leur système de distribution automatique, il l’a réparée. En échange, il a obtenu un prêt sans intérêt qui a aidé son entreprise à tourner sans accroc.',
    tryThis:
      'Proposez de régler un petit problème pour un client ou un partenaire avant qu’il ne vous le demande.',
  },
  'know-say-do': {
    title: 'Savoir, dire, faire',
    body: 'D’abord la clarté, puis l’audace d’annoncer son objectif aux autres, enfin l’endurance pour le mener à bien. Faites l’impasse sur l’une des trois, et le projet ne sortira jamais de votre tête.',
    tryThis: 'Dites aujourd’hui à une personne ce que vous voulez accomplir précisément ce trimestre.',
  },
  'learn-from-others-mistakes': {
    title: 'Étudier les échecs des autres',
    body: 'Les réussites attirent l’attention, mais les échecs sont plus instructifs, et ils ont tendance à se répéter. Savoir pourquoi des entreprises comme la vôtre ont sombré vous permet de corriger le tir avant de commettre la même erreur.',
    tryThis:
      'Lisez le récit d’une entreprise de votre secteur qui a échoué et notez la cause principale de son échec.',
    quote:
      'Beaucoup de gens échouent pour la même raison. Si vous savez pourquoi les gens échouent et que vous en tirez les leçons, vous pouvez vous corriger.',
  },
  'network-as-launchpad': {
    title: 'Faire de son réseau un tremplin',
    body: 'Chinapage, un site sans prétention consacré aux produits et services, créé par Ma avec des amis, a décollé et attiré l’attention de grandes entreprises du monde entier. Les relations donnent à une jeune entreprise de l’élan, de la visibilité et une identité.',
    tryThis: 'Parlez de votre projet à trois personnes susceptibles d’en parler autour d’elles.',
  },
  'a-vision-worth-chasing': {
    title: 'Avoir une vision claire et audacieuse',
    body: 'Un objectif ambitieux et bien défini vous donne un cap. Associez-le à la passion de le poursuivre, et il devient un moteur d’idées nouvelles et de progrès.',
    tryThis: 'Écrivez votre objectif à cinq ans en une phrase qu’un inconnu comprendrait.',
  },
  'customers-employees-integrity': {
    title: 'Ceux qui vous portent vraiment',
    body: 'Les affaires sont pleines d’incertitudes et, selon Ma, ce ne sont ni les actionnaires ni les gouvernements qui vous aident à les traverser. Ce sont les clients, les gens et les employés : gardez-les au centre de votre attention, quoi qu’il arrive par ailleurs.',
    tryThis: 'Avant la fin de la journée, remerciez nommément un client et un collègue.',
    quote:
      'Concentrez-vous sur le client. Concentrez-vous sur le bonheur de vos employés. Et concentrez-vous sur l’intégrité dans tout ce à quoi vous vous êtes engagé. Il n’y a que ça.',
  },
  'one-of-twenty-four': {
    title: 'Le seul à être recalé',
    body: 'Dans le récit d’un guide pour créateurs d’entreprise, Ma s’est présenté à un emploi avec 23 autres candidats : tous ont été retenus, sauf lui. Il a continué malgré tout.',
    tryThis: 'Notez un refus qui, avec le recul, vous a rendu service.',
  },
  'serve-your-team-first': {
    title: 'Diriger en servant son équipe',
    body: 'Pour Ma, c’est le dirigeant qui travaille pour l’équipe, et non l’inverse. Cela veut dire écouter, soutenir et encourager chacun jusqu’à ce que tout le monde se sente valorisé et respecté.',
    tryThis: 'Demandez à un membre de votre équipe ce qui le ralentit cette semaine, et levez cet obstacle.',
  },
  'internet-as-treasure-island': {
    title: 'Internet, une île au trésor',
    body: 'À Chicago, en 2015, Ma a présenté Alibaba comme le « Sésame, ouvre-toi » des petites entreprises qui veulent vendre en ligne. Ses sites chinois revendiquaient alors 350 millions d’utilisateurs et plus de 100 millions d’acheteurs par jour ; Alibaba n’en restait pas moins, selon lui, l’affaire des petites entreprises, faite par elles et pour elles.',
    tryThis: 'Repérez un produit que vous vendez et qui pourrait intéresser un acheteur à l’étranger.',
    quote: 'Nous pensons qu’Internet est une « île au trésor » pour les petites entreprises',
  },
  'famous-founders-who-failed': {
    title: 'Tous ceux que vous admirez ont échoué',
    body: 'Steve Jobs a été évincé de l’entreprise qu’il avait fondée ; Walt Disney a vu sa société de production faire faillite et s’est entendu dire qu’il manquait de créativité ; Arianna Huffington a essuyé de nombreux refus. Jeff Bezos a commis des erreurs coûteuses avant Amazon, et le colonel Sanders, de KFC, a d’abord travaillé dans les chemins de fer et dans une compagnie pétrolière.',
    tryThis: 'Quand quelque chose échoue, prenez dix minutes pour comprendre précisément ce qui a cloché.',
  },
  'rigor-beats-obstacles': {
    title: 'La rigueur use les obstacles',
    body: 'La rigueur est l’une des quatre qualités auxquelles on attribue la réussite de Ma, avec la persévérance, la pugnacité et le courage, et elle porte aussi ses fruits auprès des clients. Un travail soigné et régulier règle des problèmes que le talent seul ne suffit pas à résoudre.',
    tryThis: 'Dressez une liste de contrôle pour une tâche que vous répétez, et suivez-la à chaque fois.',
  },
  'follow-the-vision-not-the-boss': {
    title: 'Qu’ils suivent la vision, pas vous',
    body: 'Une entreprise ne survit à son fondateur que si la génération suivante fait siennes ses valeurs. Laissez les jeunes se tromper, écoutez-les jusqu’au bout et traitez-les avec respect.',
    tryThis:
      'Cette semaine, confiez à un membre plus jeune de votre équipe une décision que vous prendriez d’habitude vous-même.',
    quote:
      'Faites en sorte que ce ne soit pas vous que les jeunes suivent, mais la vision et les valeurs de l’entreprise.',
  },
  'bootstrapped-then-backed': {
    title: 'Se lancer avant que l’argent n’arrive',
    body: 'Alibaba a vu le jour dans l’appartement de Ma, sans un centime d’investisseurs extérieurs. Les gros financements sont venus plus tard : Softbank a apporté 20 millions de dollars et Goldman Sachs 5 millions.',
    tryThis:
      'Dressez la liste de ce que vous pouvez lancer ce mois-ci avec l’argent dont vous disposez déjà.',
  },
  'learn-from-failure': {
    title: 'L’échec, c’est le prix à payer pour apprendre',
    body: 'Les revers font partie du chemin de tout fondateur ; ils ne prouvent pas que vous vous êtes trompé de route. Ce qui distingue ceux qui réussissent, c’est l’habitude d’étudier chaque erreur et d’en garder la leçon pour la suite.',
    tryThis: 'Notez votre dernier revers et la chose que vous feriez autrement si c’était à refaire.',
    quote: 'Si vous voulez réussir, tirez les leçons de l’échec.',
  },
  'passion-and-courage': {
    title: 'Passion et audace',
    body: 'Si l’argent est votre seule raison de diriger une entreprise, vous le faites pour de mauvaises raisons. Ma et Chenault s’accordaient à dire qu’une vraie ferveur pour le métier distingue les patrons de petites entreprises qui prospèrent ; Chenault y ajoutait le courage et l’audace de voler de ses propres ailes.',
    tryThis: 'Écrivez en une phrase pourquoi vous feriez ce travail même s’il rapportait moins.',
    quote:
      'Les patrons de petites entreprises ont de la passion, ils ont du courage et ils ont la volonté de voler de leurs propres ailes',
  },
  'detour-to-yahoo': {
    title: 'À quelque chose malheur est bon',
    body: 'Après l’échec de son partenariat avec un organisme public, Ma a accepté un poste dans l’administration, qui l’a mis en contact avec un cofondateur de Yahoo. En 2005, Yahoo a investi 1 milliard de dollars dans Alibaba : la preuve qu’un revers peut ouvrir une meilleure voie.',
    tryThis: 'Notez une bonne chose qui est sortie de votre dernier revers.',
  },
  'level-the-playing-field': {
    title: 'Donner aux petites entreprises une portée mondiale',
    body: 'Alibaba doit une bonne part de son succès au fait d’avoir servi les petites et moyennes entreprises. Les plateformes numériques leur ont donné les mêmes chances, permettant aux petites structures de rivaliser à l’échelle mondiale.',
    tryThis:
      'Trouvez une place de marché en ligne où des acheteurs étrangers pourraient découvrir votre entreprise.',
  },
  'out-innovate-yourself': {
    title: 'Être son propre concurrent le plus redoutable',
    body: 'Se réinventer fait partie de l’ADN d’American Express, disait Chenault, qui poussait ses équipes à imaginer l’entreprise capable de les remplacer, et à prendre les devants en la créant eux-mêmes. Si quelqu’un doit rendre votre produit obsolète, mieux vaut que ce soit vous.',
    tryThis: 'Esquissez comment un rival pourrait vous battre d’ici un an, et reprenez sa meilleure idée.',
    quote:
      'Devenez l’entreprise qui nous fera mettre la clé sous la porte avant que nos concurrents ne le fassent.',
  },
  'fail-fast-move-on': {
    title: 'Échouer vite, puis passer à autre chose',
    body: 'Échouer vite permet d’atteindre son but plus tôt. Un partenariat entre Ma et un organisme public a tourné court et lui a appris à ne pas confier son idée à une bureaucratie ; il a retenu la leçon et poursuivi sa route.',
    tryThis: 'Cette semaine, testez votre hypothèse la plus risquée de la façon la moins coûteuse possible.',
  },
  'ordinary-family-global-player': {
    title: 'D’une famille ordinaire à la scène mondiale',
    body: 'Issu d’une famille des plus ordinaires, Ma a fondé alibaba.com en 1999 et l’a fait grandir face à des géants comme Amazon et Facebook. Une quarantaine d’années après ses premiers pas en anglais, devenu milliardaire, il investissait aussi bien dans les vignobles français que dans le cinéma, la santé, les médias ou la finance en ligne.',
    tryThis:
      'Nommez le plus gros concurrent de votre marché et une chose que vous pouvez faire mieux que lui.',
  },
  'friends-before-fortune': {
    title: 'Les amis avant la fortune',
    body: 'Ne parlez que d’argent, et les gens ne voudront plus vous fréquenter, avertissait Ma. Les relations passent en premier, et la fortune suit les amis.',
    tryThis: 'Contactez aujourd’hui une de vos relations, sans rien lui demander.',
    quote: 'Si vous n’avez pas d’amis, vous ne faites pas fortune.',
  },
  'start-with-what-you-have': {
    title: 'Commencer avec ce que l’on a',
    body: 'Ma s’est lancé dans les affaires en 1995 avec une société de traduction. Quand un ami lui a parlé du Web, il y a vu un moyen de toucher un public bien plus large, a ajouté de nouvelles activités, et c’est de là qu’est né Alibaba.',
    tryThis: 'Nommez une compétence que vous avez déjà et pour laquelle quelqu’un paierait ce mois-ci.',
  },
  'passion-that-outlasts-setbacks': {
    title: 'Une passion plus forte que les revers',
    body: 'Ma a lancé Alibaba en 1999, quand Internet n’en était qu’à ses balbutiements en Chine, et il a gardé le cap revers après revers. La passion et la persévérance se cultivent : ce sont elles qui maintiennent un fondateur sur sa route quand tout va mal.',
    tryThis: 'Choisissez la tâche que vous évitez depuis un revers et accomplissez-en la première étape.',
  },
  'china-will-import': {
    title: 'Miser sur les acheteurs chinois',
    body: 'Pour Ma, la Chine ne peut pas continuer à exporter : son eau, ses sols et son air ne suffiront jamais à sa demande, et elle doit puiser dans les ressources du monde pour servir 1,3 milliard d’habitants. Pour les petites et moyennes entreprises aux produits et services innovants, la Chine devient ainsi un marché où vendre.',
    tryThis:
      'Prenez 20 minutes pour vérifier si des acheteurs à l’étranger recherchent déjà ce que vous fabriquez.',
    quote:
      'Je dirais que la Chine, dans les 20 prochaines années, deviendra le premier pays importateur au monde. Parce que les ressources de la Chine, l’eau, les sols, l’air, ne pourront jamais soutenir une demande aussi énorme. Je pense que si la Chine continue d’exporter, nous ne verrons jamais le ciel bleu en Chine.',
  },
  'trust-is-the-product': {
    title: 'La confiance est le vrai produit',
    body: 'L’un des plus grands défis de Ma a été d’amener les gens à faire confiance au paiement en ligne et à l’emballage. Au moment où l’article a été écrit, Alibaba n’était devancé que par Walmart pour les ventes annuelles.',
    tryThis:
      'Repérez un moment où un client pourrait douter de vous, et ajoutez-y une preuve ou une garantie.',
  },
  'character-and-competence': {
    title: 'Diriger n’est pas une question de titre',
    body: 'Pour Chenault, l’autorité ne vient pas d’un échelon dans la hiérarchie. Une organisation devient solide quand chacun, à tous les niveaux, considère que montrer la voie fait partie de son travail.',
    tryThis:
      'Confiez à quelqu’un qui n’a pas de titre une petite décision à prendre en charge de bout en bout.',
    quote:
      'Cela repose sur le caractère et la compétence, et sur l’adhésion que vous êtes capable de susciter',
  },
  'perseverance-wins': {
    title: 'La persévérance mène au succès',
    body: 'Quelles que soient les difficultés, à la maison comme au travail, ne baissez pas les bras et ne cessez pas de croire en vos capacités. Osez un peu de folie de temps en temps : l’essentiel est de croire en ce que vous faites.',
    tryThis: 'Reprenez un projet mis de côté et consacrez-lui 30 minutes de pleine concentration.',
  },
  'keep-finding-better-ways': {
    title: 'Toujours chercher une meilleure façon de faire',
    body: 'Selon Ma, les entreprises qui réussissent le mieux repoussent sans cesse les limites du possible, toujours en quête de meilleures façons de servir leurs clients. Mettez chaque essai au service de ceux pour qui vous travaillez.',
    tryThis:
      'Demandez à un client ce qui lui paraît lent ou compliqué quand il achète chez vous, et essayez d’y remédier cette semaine.',
  },
  'seventeen-investors-in-an-apartment': {
    title: 'Dix-sept personnes dans un appartement',
    body: 'En racontant son parcours à Chicago en 2015, Ma est revenu sur l’année 1999, quand 17 investisseurs s’étaient entassés dans son appartement pour écouter son projet : une activité sur Internet permettant aux petites entreprises de vendre leurs produits et services. Ils ont réuni 50 000 dollars pour lancer Alibaba ; l’année précédant cette rencontre, ses ventes atteignaient 390 milliards de dollars.',
    tryThis:
      'Expliquez aujourd’hui votre idée à quelqu’un en deux phrases, puis demandez-lui ce qu’il y ajouterait.',
  },
  'english-with-tourists-at-14': {
    title: 'S’exercer avec le monde à sa porte',
    body: 'Adolescent, Ma s’était pris de passion pour l’anglais : à 14 ans, il allait à la rencontre des visiteurs étrangers de Hangzhou, sa ville natale, pour parler avec eux et progresser. Très tôt, il a regardé au-delà de chez lui.',
    tryThis:
      'Prenez 15 minutes aujourd’hui pour mettre en pratique une compétence avec quelqu’un d’un autre horizon.',
  },
  'stay-adaptable': {
    title: 'Rester ouvert au changement',
    body: 'Le monde ne cesse de changer, et la disposition de Ma à changer avec lui est citée en exemple de souplesse. C’est en restant ouverte aux idées et aux technologies nouvelles qu’une entreprise reste pertinente et compétitive.',
    tryThis:
      'Essayez aujourd’hui un nouvel outil dans votre façon de travailler, et ne le gardez que s’il vous fait gagner du temps.',
  },
  'think-like-a-marathoner': {
    title: 'Penser comme un marathonien',
    body: 'Selon Ma, les grandes entreprises gagnent grâce à une vision qu’elles avaient 15 ans plus tôt, et pas seulement grâce au travail d’aujourd’hui. Entreprendre se joue sur la durée, plus comme on sème une graine que comme on pique un sprint : gardez des réserves d’idées et d’énergie pour le bon moment.',
    tryThis:
      'Écrivez où vous voulez que votre entreprise en soit dans 15 ans, puis un pas à faire aujourd’hui dans cette direction.',
  },
  'beware-the-victory-lap': {
    title: 'Le succès cache le problème suivant',
    body: 'Pour Kenneth Chenault, l’autosatisfaction menace les entreprises de toutes tailles. Quand on tombe, disait-il, on le sait ; c’est après une victoire, quand tout le monde vous trouve formidable, qu’on cesse de se demander sur quoi se concentrer ensuite.',
    tryThis: 'Après votre prochaine victoire, notez trois choses qui pourraient encore mal tourner.',
    quote:
      'Quand vous tombez de la falaise, vous savez que vous tombez de la falaise. Mais quand vous avez remporté la victoire et que tout le monde vous dit que vous êtes formidable, souvent vous n’examinez pas la situation pour vous demander : sur quoi dois-je me concentrer désormais ?',
  },
  'they-called-him-crazy': {
    title: 'On l’a traité de fou',
    body: 'Dans un portrait publié par un blog français, qui ne donne pas de chiffres, Ma ne cache rien de ses candidatures refusées les unes après les autres, ni d’avoir été traité de fou quand il a annoncé son projet de commerce en ligne. Ces échecs semblent avoir précipité sa réussite plutôt que de la freiner.',
    tryThis:
      'Confiez une idée que les gens trouvent bizarre à quelqu’un de confiance, et guettez ce qui, dans sa réponse, peut vous servir.',
  },
  'no-head-start-needed': {
    title: 'Pas besoin d’une longueur d’avance',
    body: 'Un diplôme, des économies ou une expérience des affaires ne sont pas des passages obligés. Il faut un plan solide, des objectifs clairs et l’envie d’aller au bout, comme Ma, passé d’un poste de professeur d’anglais à 20 dollars par mois à une place parmi les plus grandes fortunes d’Asie.',
    tryThis: 'Fixez trois objectifs concrets pour votre entreprise sur les 90 prochains jours.',
  },
  'grow-by-lifting-others': {
    title: 'Grandir en faisant grandir les autres',
    body: 'L’engagement d’Alibaba envers les petites entreprises montre qu’aider les autres à réussir peut tirer tout le monde vers le haut. Créer des occasions pour ceux qui vous entourent se traduit souvent par une croissance partagée, dans les affaires comme ailleurs.',
    tryThis: 'Présentez l’une à l’autre deux personnes de votre réseau qui pourraient s’entraider.',
  },
  'build-around-the-customer': {
    title: 'Mettre le client au centre',
    body: 'Commencez chaque décision par une seule question : cela crée-t-il de la valeur pour ceux que nous servons ? Les fondateurs qui se la posent sans relâche finissent par bâtir une culture qui se la pose à leur place.',
    tryThis: 'Avant votre prochaine décision, écrivez une ligne expliquant en quoi elle aide un client.',
  },
  'wisdom-vision-and-daring': {
    title: 'Le sens des affaires, la vision et l’audace d’échouer',
    body: 'Entreprendre, conclut cet article, c’est réunir trois choses : le sens des affaires, la vision et l’audace d’échouer. Le jugement garde l’entreprise solide, la vision lui donne un cap, et l’acceptation de l’échec est ce qui permet d’essayer.',
    tryThis:
      'Demandez-vous laquelle des trois vous cultivez le moins, et faites cette semaine un petit pas pour la renforcer.',
  },
};
