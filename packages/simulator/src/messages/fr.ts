import type { HostedPageMessages } from './HostedPageMessages.ts';

export const fr: HostedPageMessages = {
  lang: 'fr',
  languageName: 'Français',

  secureConnection: 'Connexion sécurisée',
  footer:
    'Simulateur de finAPI Web Form 2.0, inclus dans webform-kit. Aucune vraie banque n’intervient.',
  languageLabel: 'Langue',
  languageSubmit: 'Changer',

  progressLabel: 'Progression',
  stepOf: 'Étape {step} sur {total}',
  stepNames: { bank: 'Banque', login: 'Connexion', review: 'Vérification', tan: 'Confirmation' },
  purpose: {
    connect:
      'Connectez votre compte bancaire pour que l’app puisse afficher vos comptes et opérations.',
    update: 'Renouvelez l’accès de l’app à votre compte bancaire.',
    payment: 'Autorisez un virement depuis votre compte bancaire.',
    standingOrder: 'Mettez en place un virement permanent depuis votre compte bancaire.',
    directDebit: 'Autorisez l’encaissement de prélèvements sur votre compte bancaire.',
  },

  bankHeading: 'Choisissez votre banque',
  bankLegend: 'Votre banque',
  bankDetails: 'BIC {bic} · code banque {blz}',

  loginHeading: 'Connexion à {bank}',
  userIdLabel: 'Identifiant de banque en ligne',
  pinLabel: 'Code PIN',
  loginHint:
    'Cette banque est simulée : tout identifiant fonctionne et rien n’est envoyé à une banque.',

  reviewHeading: {
    payment: 'Vérifiez votre paiement',
    standingOrder: 'Vérifiez votre virement permanent',
    directDebit: 'Vérifiez votre prélèvement',
  },

  tanHeading: 'Confirmez avec un TAN',
  tanIntro: '{bank} a envoyé un TAN à votre application bancaire.',
  tanLabel: 'TAN',
  tanHint: 'Banque simulée : six chiffres quelconques fonctionnent.',

  amount: 'Montant',
  total: 'Total',
  to: 'À',
  from: 'De',
  iban: 'IBAN',
  reference: 'Motif',
  executionDate: 'Date d’exécution',
  firstPayment: 'Premier paiement',
  lastPayment: 'Dernier paiement',
  frequency: 'Fréquence',
  frequencies: {
    MONTHLY: 'Mensuelle',
    EVERY_TWO_MONTHS: 'Tous les deux mois',
    QUARTERLY: 'Trimestrielle',
    SEMI_ANNUAL: 'Semestrielle',
    ANNUAL: 'Annuelle',
  },
  mandate: 'Mandat',
  connectedAccount: 'Compte connecté n° {id}',
  instantPayment: 'Virement instantané',
  connectionName: 'Nom de la connexion',
  transfers: '{count} virements',
  collections: '{count} prélèvements',
  moreLines: 'et {count} de plus',
  heroTo: 'à {name}',
  heroFrom: 'de {name}',

  continue: 'Continuer',
  logIn: 'Se connecter',
  confirm: {
    connect: 'Connecter le compte',
    update: 'Confirmer',
    payment: 'Confirmer le paiement',
    standingOrder: 'Mettre en place le virement permanent',
    directDebit: 'Confirmer le prélèvement',
  },
  cancel: 'Annuler',

  fieldRequired: 'Veuillez remplir ce champ.',
  tanInvalid: 'Saisissez les six chiffres du TAN.',
  bankRequired: 'Choisissez votre banque.',

  validFor: 'Cette page reste valable encore {duration}.',

  completedHeading: {
    connect: 'Compte bancaire connecté',
    update: 'Connexion bancaire mise à jour',
    payment: 'Paiement envoyé',
    standingOrder: 'Virement permanent mis en place',
    directDebit: 'Prélèvement envoyé',
  },
  completedText: 'Votre demande a été traitée.',
  closeTab: 'Vous pouvez maintenant fermer cet onglet et revenir à l’app.',
  errorHeading: 'Un problème est survenu',
  errorText: 'Le processus n’a pas pu être terminé.',
  errorReference: 'Référence pour le service client :',
  backToApp: 'Retour à l’app',
  support: 'Contacter le service client',
  abortedHeading: 'Annulé',
  abortedText: 'Vous avez annulé le processus.',
  alreadyOpenedHeading: 'Ce lien a déjà été utilisé',
  alreadyOpenedText:
    'Pour votre sécurité, un lien de formulaire web ne peut être ouvert qu’une fois. Revenez à l’app et recommencez.',
  expiredHeading: 'Ce formulaire web a expiré',
  expiredText:
    'Les liens de formulaire web ne sont valables que pour une durée limitée. Revenez à l’app et recommencez.',
  finishedHeading: 'Ce formulaire web est déjà terminé',
  finishedText: 'Revenez à l’app pour voir le résultat.',
  notFoundHeading: 'Formulaire web introuvable',
  notFoundText:
    'Ce lien n’est pas valable, ou le formulaire web a été supprimé. Revenez à l’app et recommencez.',
  forbiddenHeading: 'Cette page ne peut pas terminer le formulaire web',
  forbiddenText: 'Seule la page qui a ouvert le formulaire web peut le terminer.',
  badRequestHeading: 'Requête non valable',
  chooseErrorCode: 'Choisissez l’un des codes d’erreur.',

  demoHeading: 'Commandes de démo',
  demoText:
    'Hors du formulaire finAPI : terminez ce formulaire web tout de suite, à n’importe quelle étape.',
};
