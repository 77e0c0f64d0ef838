import type { DemoMessages } from './en.ts';

export const fr: DemoMessages = {
  lang: 'fr',

  settings: 'Réglages de la démo',
  languageLabel: 'Langue',
  themeLabel: 'Thème',
  themes: { system: 'Comme le système', light: 'Clair', dark: 'Sombre' },
  openInLabel: 'Ouvrir le formulaire dans',
  openIn: { 'same-tab': 'Cet onglet', 'new-tab': 'Un nouvel onglet' },
  updatesLabel: 'Mises à jour du statut',
  updates: { push: 'Push (Server-Sent Events)', polling: 'Interrogation seule' },
  scenarioLabel: 'Scénario finAPI',
  scenarios: {
    normal: {
      label: 'finAPI fonctionne',
      description: 'Les callbacks arrivent aussitôt ; les formulaires durent 20 minutes.',
    },
    'callback-delayed': {
      label: 'Callback retardé',
      description:
        'finAPI rappelle 8 secondes plus tard ; les vérifications du backend peuvent arriver avant.',
    },
    'callback-dropped': {
      label: 'Callback perdu',
      description:
        'Aucun callback n’arrive ; les vérifications du backend doivent trouver le résultat.',
    },
    'slow-proxy': {
      label: 'finAPI lent',
      description: 'Chaque réponse de finAPI prend 1,5 seconde.',
    },
    'short-expiry': {
      label: 'Validité courte',
      description:
        'Les nouveaux formulaires expirent après 30 secondes, pour montrer l’écran d’expiration.',
    },
  },
  scenarioRefused: 'Le simulateur a refusé le scénario ({status}).',
  taskLabel: 'Mise à jour en arrière-plan',
  taskModes: {
    'web-form-required': 'La banque demande le client',
    complete: 'Réussit en arrière-plan',
    fail: 'Échoue en arrière-plan',
  },
  panelsLabel: 'Afficher la visite guidée et le journal des événements',

  startHeading: 'Que souhaitez-vous faire ?',
  startLead:
    'Chaque parcours vous envoie vers un formulaire bancaire ou de paiement hébergé par finAPI, puis vous ramène ici. Dans cette démo, un simulateur finAPI joue la banque : suivez ses étapes, ou terminez le formulaire tout de suite avec ses commandes de démo (« Complete », « Complete with error », « Abort ») pour voir chaque résultat.',
  flows: {
    'bank-connection-import': {
      title: 'Connecter un compte bancaire',
      summary:
        'Le client se connecte à sa banque dans le formulaire finAPI ; l’app obtient une connexion bancaire.',
    },
    'bank-connection-update': {
      title: 'Mettre à jour une connexion bancaire',
      summary:
        'Une mise à jour en arrière-plan qui n’a besoin du client que si la banque demande une connexion ou une SCA.',
    },
    'standalone-payment': {
      title: 'Payer par virement',
      summary: 'Un virement SEPA ponctuel que le client autorise à sa banque : payer sans carte.',
    },
    'standing-order': {
      title: 'Mettre en place un virement permanent',
      summary: 'Un virement mensuel depuis le compte du client, autorisé une fois.',
    },
    'direct-debit-with-account-id': {
      title: 'Encaisser un prélèvement',
      summary: 'Le commerçant prélève un payeur sous mandat, autorisé à la banque du commerçant.',
    },
    'payment-with-account-id': {
      title: 'Payer depuis un compte connecté',
      summary: 'Un virement depuis un compte que le client a déjà connecté.',
    },
    'bank-connection-update-form': {
      title: 'Mettre à jour une connexion bancaire (formulaire web)',
      summary: 'La mise à jour sous forme de formulaire web que le client suit toujours.',
    },
  },

  loading: 'Chargement…',
  pageLoadErrorHeading: 'Cette page n’a pas pu être chargée',
  pageLoadErrorLead: 'Vérifiez votre connexion et réessayez. Rien n’est perdu.',
  pageLoadErrorRetry: 'Réessayer',
  notFoundHeading: 'Page introuvable',
  backToStart: 'Retour à la page d’accueil',
  supportHeading: 'Service client',
  supportLead:
    'Un problème avec votre banque ou votre paiement ? Nous sommes là pour vous aider, du lundi au vendredi, de 8 h à 20 h.',
  supportPhone: 'Téléphone',
  supportEmail: 'E-mail',
  supportCode: 'Si un code d’erreur vous a été affiché, gardez-le à portée de main.',
  refusedHeading: 'Ce lien ne peut pas être utilisé',
  refusedStale:
    'Il appartient à une visite à la banque déjà terminée ou trop ancienne. Rien n’a été modifié.',
  refusedInvalid:
    'Il ne correspond à aucune visite à la banque commencée dans ce navigateur ; nous ne pouvons donc pas afficher de résultat. Rien n’a été modifié.',

  ordersHeading: 'Vos commandes',
  ordersEmpty:
    'Aucune commande pour l’instant : payez quelque chose ci-dessus, elle apparaîtra ici avec son issue.',
  ordersUnavailable: 'Les commandes n’ont pas pu être chargées ; nouvel essai dans un instant.',
  orderColumns: { order: 'Commande', flow: 'Quoi', amount: 'Montant', status: 'Statut' },
  orderStatus: {
    open: 'Ouverte',
    completed: 'Transmise',
    'completed-with-error': 'Échouée',
    aborted: 'Annulée',
    expired: 'Expirée',
  },

  asideLabel: 'Comment ça marche',
  walkthroughHeading: 'Visite guidée',
  walkthroughIdle: 'Lancez un parcours : chaque étape s’allume quand elle a lieu.',
  customer: 'Client',
  backend: 'En coulisses',
  steps: {
    create: {
      title: 'L’app crée un formulaire sécurisé',
      customer: 'Choisit quoi faire. L’app explique que la partie bancaire se passe chez finAPI.',
      backend:
        'Le backend demande à finAPI un formulaire web, en tant qu’utilisateur finAPI de ce client, et enregistre un callback. finAPI répond par un lien à usage unique, valable 20 minutes.',
    },
    send: {
      title: 'Direction la banque',
      customer: 'Va vers le formulaire finAPI, dans cet onglet ou un nouveau.',
      backend:
        'L’app ajoute au lien les chemins de retour (succès, erreur, annulation, aide), chacun lié à cette visite.',
    },
    bank: {
      title: 'À la banque',
      customer: 'Choisit la banque, se connecte et confirme avec un TAN (ici : le simulateur).',
      backend:
        'finAPI indique « en cours ». L’app suit le statut via son backend : poussé en direct, avec des vérifications lentes en filet de sécurité.',
    },
    end: {
      title: 'finAPI annonce la fin',
      customer:
        'Est renvoyé aussitôt en cas de succès ; après une erreur ou une annulation, un lien de retour est proposé.',
      backend:
        'finAPI rappelle le backend. Le backend lit le résultat chez finAPI et le pousse vers l’app ; si le callback se perd, ses propres vérifications le trouvent.',
    },
    back: {
      title: 'De retour dans l’app',
      customer: 'Arrive sur la page de retour de l’app, qui vérifie un instant.',
      backend:
        'L’app vérifie que le retour appartient à cette visite et interroge son backend : l’adresse ne fait que suggérer le résultat, le backend décide.',
    },
    outcome: {
      title: 'Le résultat',
      customer: 'Voit en mots simples ce qui s’est passé, avec l’étape suivante.',
      backend:
        'Le résultat (une connexion bancaire, un paiement ou un code d’erreur) vient de finAPI, jamais de la barre d’adresse.',
    },
  },

  logHeading: 'Journal des événements',
  clear: 'Effacer',
  logEmpty: 'Lancez un parcours pour voir, étape par étape, ce que font l’app et son backend.',
  sources: { app: 'App', proxy: 'Backend' },
  sinceStart: '+{seconds} s',
  events: {
    createdWebForm: 'L’app a fait créer le formulaire par son backend',
    createdTask: 'L’app a fait lancer la mise à jour par son backend',
    openedSameTab: 'Le client est allé au formulaire de la banque dans cet onglet',
    openedNewTab: 'Le client est allé au formulaire de la banque dans un nouvel onglet',
    popupBlocked: 'Le navigateur a bloqué le nouvel onglet ; l’app propose un lien',
    webFormStatus: {
      NOT_YET_OPENED: 'Le formulaire attend le client',
      IN_PROGRESS: 'Le client est à la banque',
      COMPLETED: 'finAPI indique : terminé',
      COMPLETED_WITH_ERROR: 'finAPI indique : terminé avec une erreur',
      EXPIRED: 'finAPI indique : le formulaire a expiré',
      ABORTED: 'finAPI indique : le client a annulé',
    },
    taskStatus: {
      NOT_YET_STARTED: 'La mise à jour attend chez finAPI',
      IN_PROGRESS: 'finAPI met à jour la connexion bancaire',
      WEB_FORM_REQUIRED: 'La banque a besoin du client : finAPI a créé un formulaire',
      COMPLETED: 'finAPI indique : la mise à jour est faite',
      COMPLETED_WITH_ERROR: 'finAPI indique : la mise à jour a échoué',
    },
    returned: 'Le client est revenu dans l’app (l’adresse dit « {via} », ce n’est qu’un indice)',
    outcome: 'Le backend a confirmé le résultat : {outcome}',
    outcomes: {
      completed: 'terminé',
      'completed-with-error': 'une erreur',
      expired: 'expiré',
      aborted: 'annulé',
    },
    cancelled: 'Le client a annulé dans l’app ; le formulaire a été supprimé',
    pushConnected: 'Mises à jour en direct connectées',
    pushFailed:
      'Les mises à jour en direct ont échoué ; l’app vérifie toutes les quelques secondes',
    error: 'Un problème est survenu ({kind})',
    finapiCreate: 'Le backend a demandé un formulaire à finAPI',
    finapiCreateTask: 'Le backend a demandé à finAPI de mettre à jour la connexion bancaire',
    finapiRead: 'Le backend a lu le statut chez finAPI',
    finapiDelete: 'Le backend a supprimé le formulaire chez finAPI',
    finapiOther: 'Le backend a appelé finAPI',
    callbackAccepted: 'finAPI a rappelé le backend',
    callbackRefused: 'Le backend a refusé un callback ({reason})',
    pollError: 'La vérification du statut par le backend a échoué ({code})',
    outcomeRecorded: 'Le backend de la boutique a enregistré l’issue de la commande',
    /** `{seconds}` */
    outcomeRetry: 'L’enregistrement de l’issue a échoué ; nouvel essai dans {seconds} s',
    outcomeNotRecorded: 'L’enregistrement de l’issue a échoué définitivement',
    proxyError: 'Le backend a signalé une erreur',
  },
};
