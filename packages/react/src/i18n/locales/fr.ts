import type { MessageCatalogue } from '../Messages.ts';

/**
 * French (vous), as French banking apps address their customers.
 *
 * @example
 * import { fr } from '@webform-kit/react/locales/fr';
 */
export const fr: MessageCatalogue = {
  lang: 'fr',
  messages: {
    'common.cancel': 'Annuler',
    'common.continue': 'Continuer',
    'common.support': 'Contacter le service client',
    'common.opensInNewTab': "(s'ouvre dans un nouvel onglet)",
    'common.closeTab': 'Fermer cet onglet',
    'common.supportReference': 'Référence pour le service client',
    'common.copy': 'Copier',
    'common.copied': 'Copié',

    'summary.amount': 'Montant',
    'summary.payee': 'Bénéficiaire',
    'summary.purpose': 'Motif',
    'summary.reference': 'Référence',
    'summary.paymentId': 'Identifiant du paiement',
    'open.button': 'Accéder au formulaire sécurisé',
    'open.link': 'Ouvrir le formulaire sécurisé',
    'open.preparing': 'Préparation du formulaire sécurisé…',
    'open.popupBlocked':
      "Votre navigateur a bloqué le nouvel onglet. Veuillez ouvrir le formulaire sécurisé à l'aide du lien ci-dessous.",
    'open.newTab':
      "Le formulaire s'ouvre dans un nouvel onglet. Veuillez garder cette page ouverte : elle affichera le résultat une fois que vous aurez terminé.",
    'redirect.heading.import': 'Connecter votre compte bancaire',
    'redirect.heading.update': 'Mettre à jour votre connexion bancaire',
    'redirect.heading.payment': 'Valider votre paiement auprès de votre banque',
    'redirect.heading.standingOrder':
      'Mettre en place votre virement permanent auprès de votre banque',
    'redirect.heading.directDebit': 'Valider votre prélèvement auprès de votre banque',
    'redirect.lead.import':
      "Vous connectez votre compte dans un formulaire sécurisé de finAPI, un prestataire de services bancaires réglementé. C'est là que vous saisissez vos identifiants de banque en ligne, jamais dans cette application.",
    'redirect.lead.update':
      "Votre banque vous demande de confirmer à nouveau la connexion. Cela se fait dans un formulaire sécurisé de finAPI, un prestataire de services bancaires réglementé. C'est là que vous saisissez vos identifiants de banque en ligne, jamais dans cette application.",
    'redirect.lead.payment':
      "Vous validez le paiement dans un formulaire sécurisé de finAPI, un prestataire de services de paiement réglementé. C'est là que vous vous connectez à votre banque, jamais dans cette application.",
    'redirect.lead.standingOrder':
      "Vous validez le virement permanent dans un formulaire sécurisé de finAPI, un prestataire de services de paiement réglementé. C'est là que vous vous connectez à votre banque, jamais dans cette application.",
    'redirect.lead.directDebit':
      "Vous validez le prélèvement dans un formulaire sécurisé de finAPI, un prestataire de services de paiement réglementé. C'est là que vous vous connectez à votre banque, jamais dans cette application.",
    'redirect.stepsHeading': 'Les prochaines étapes',
    'redirect.step.open': 'Ouvrez le formulaire sécurisé.',
    'redirect.step.confirm':
      'Connectez-vous à votre banque et confirmez, par exemple avec un code reçu par SMS ou dans votre application bancaire.',
    'redirect.step.return': 'Revenez ici. Nous vous afficherons le résultat.',
    'redirect.countdown':
      'La redirection automatique vers le formulaire sécurisé aura lieu {time}.',
    'redirect.countdownCancel': 'Rester sur cette page',
    'redirect.countdownCancelled':
      'La redirection automatique est désactivée. Continuez quand vous le souhaitez.',
    'waiting.heading.notYetOpened': 'Continuez dans le formulaire sécurisé',
    'waiting.lead.notYetOpened':
      "Si le formulaire sécurisé ne s'est pas ouvert, vous pouvez l'ouvrir ici.",
    'waiting.heading.inProgress': 'Veuillez compléter le formulaire sécurisé',
    'waiting.lead.inProgress':
      'Le formulaire est ouvert dans un autre onglet ou une autre fenêtre. Terminez-le là-bas, puis revenez : cette page se met à jour automatiquement.',
    'waiting.timeLeft': {
      one: 'Il reste {duration}',
      many: 'Il reste {duration}',
      other: 'Il reste {duration}',
    },
    'waiting.timeUp': 'Le délai du formulaire sécurisé est écoulé.',
    'waiting.closedHint':
      'Vous avez fermé le formulaire par erreur ? Recommencez pour en obtenir un nouveau.',
    'waiting.restart': 'Recommencer',
    'checking.heading': 'Vérification du résultat',
    'checking.lead':
      "Un instant, s'il vous plaît. Nous confirmons le résultat du formulaire sécurisé.",
    'completed.heading.import': 'Compte bancaire connecté',
    'completed.heading.update': 'Connexion bancaire mise à jour',
    'completed.heading.payment': 'Paiement transmis',
    'completed.heading.standingOrder': 'Virement permanent mis en place',
    'completed.heading.directDebit': 'Prélèvement transmis',
    'completed.lead.import':
      "Votre compte bancaire est maintenant connecté. L'affichage de toutes vos données peut prendre quelques instants.",
    'completed.lead.update': 'Votre connexion bancaire est de nouveau à jour.',
    'completed.lead.payment':
      "Votre banque a reçu l'ordre de paiement et l'exécutera selon ses délais de traitement habituels.",
    'completed.lead.standingOrder':
      'Votre banque a reçu le virement permanent. Les paiements seront effectués aux dates que vous avez choisies.',
    'completed.lead.directDebit':
      'Votre banque a reçu le prélèvement et le traitera selon ses délais de traitement habituels.',
    'error.heading.ENTITY_EXISTS': 'Cette connexion bancaire existe déjà',
    'error.body.ENTITY_EXISTS':
      "Le compte bancaire choisi est déjà connecté ; rien de nouveau n'a donc été ajouté. Vous pouvez continuer à utiliser la connexion existante.",
    'error.heading.BANK_SERVER_REJECTION': 'Votre banque a refusé la demande',
    'error.body.BANK_SERVER_REJECTION':
      "Votre banque a interrompu la procédure, par exemple parce que les identifiants ou le code de confirmation n'ont pas été acceptés. Veuillez vérifier vos informations et réessayer.",
    'error.heading.INTERNAL_ERROR': "Une erreur inattendue s'est produite",
    'error.body.INTERNAL_ERROR':
      "Le formulaire sécurisé a rencontré une erreur dont la cause n'a pas pu être déterminée. Veuillez réessayer plus tard. Si l'erreur se reproduit, contactez le service client en indiquant la référence ci-dessous.",
    'error.heading.INTERRUPTED': 'La procédure a été interrompue',
    'error.body.INTERRUPTED':
      "Le formulaire sécurisé a été rechargé ou rouvert à une étape où ce n'est pas possible. Veuillez recommencer et remplir le formulaire sans le recharger.",
    'error.heading.INVALID_TOKEN': 'Votre session a expiré',
    'error.body.INVALID_TOKEN':
      "Votre session a expiré pendant que le formulaire sécurisé était ouvert. Veuillez recommencer ; si cela vous est demandé, reconnectez-vous d'abord à cette application.",
    'error.heading.MANDATOR_MISCONFIGURATION': 'Ce service est momentanément indisponible',
    'error.body.MANDATOR_MISCONFIGURATION':
      "Le service n'est pas correctement configuré de notre côté. Vous ne pouvez pas résoudre ce problème vous-même : veuillez contacter le service client.",
    'error.heading.NO_ACCOUNTS_FOR_TYPE_LIST': 'Aucun compte adapté trouvé',
    'error.body.NO_ACCOUNTS_FOR_TYPE_LIST':
      "Aucun des comptes de cet accès bancaire n'est du type requis ici, par exemple un compte courant. Veuillez réessayer avec un autre compte ou une autre banque.",
    'error.heading.UNDETERMINED_BANK': "Votre banque n'a pas pu être identifiée",
    'error.body.UNDETERMINED_BANK':
      'Les informations fournies ne correspondent pas à une seule banque. Veuillez recommencer et sélectionner votre banque.',
    'error.heading.UNEXPECTED_ACCESS_RESPONSE': 'Réponse inattendue du service bancaire',
    'error.body.UNEXPECTED_ACCESS_RESPONSE':
      "La procédure n'a pas pu aboutir en raison d'une réponse inattendue du service bancaire. Veuillez réessayer plus tard. Si l'erreur se reproduit, contactez le service client en indiquant la référence ci-dessous.",
    'error.heading.UNSUPPORTED_FEATURE': 'Fonction non proposée par votre banque',
    'error.body.UNSUPPORTED_FEATURE':
      "Votre banque ne propose pas cette fonction, par exemple les paiements avec une date d'exécution future. Veuillez réessayer avec d'autres informations.",
    'error.heading.UNSUPPORTED_ORDER': 'Ce compte ne peut pas être utilisé pour cet ordre',
    'error.body.UNSUPPORTED_ORDER':
      "Le compte sélectionné ne permet pas ce type d'ordre. Veuillez réessayer avec un autre compte.",
    'error.heading.general': "La procédure n'a pas pu aboutir",
    'error.body.general':
      'Un problème est survenu dans le formulaire sécurisé. Veuillez réessayer. Si le problème persiste, contactez le service client.',
    'error.restart': 'Réessayer',
    'payment.notMade.payment': "Aucun paiement n'a été effectué",
    'payment.notMade.standingOrder': "Aucun virement permanent n'a été mis en place",
    'payment.notMade.directDebit': "Aucun prélèvement n'a été effectué",
    'payment.unknown.payment': "Le résultat de votre paiement n'est pas encore connu",
    'payment.unknown.standingOrder':
      'On ne sait pas encore si votre virement permanent a été mis en place',
    'payment.unknown.directDebit': "Le résultat de votre prélèvement n'est pas encore connu",
    'payment.unknown.lead':
      "Votre banque peut encore exécuter l'ordre. Pour ne pas payer deux fois, ne recommencez pas : consultez votre compte ou votre application bancaire d'ici quelque temps, ou contactez le service client.",

    'expired.heading': 'Le formulaire sécurisé a expiré',
    'expired.lead':
      "Pour votre sécurité, le formulaire n'est valable que pendant une durée limitée, et celle-ci s'est écoulée avant la fin de la procédure. Rien n'a été finalisé.",
    'expired.restart': 'Recommencer',
    'aborted.heading': 'Procédure annulée',
    'aborted.lead':
      "Vous avez annulé la procédure dans le formulaire sécurisé ; rien n'a donc été finalisé. Vous pouvez recommencer à tout moment.",
    'aborted.restart': 'Recommencer',
    'webFormRequired.heading': 'Votre banque a besoin de votre confirmation',
    'webFormRequired.lead':
      "Nous n'avons pas pu mettre à jour votre connexion bancaire en arrière-plan : votre banque souhaite que vous la confirmiez. Cela se fait dans un formulaire sécurisé de finAPI, un prestataire de services bancaires réglementé. C'est là que vous saisissez vos identifiants de banque en ligne, jamais dans cette application.",
    'connectionError.heading': 'Problème de connexion',
    'connectionError.lead.network':
      "Impossible de joindre notre service. Veuillez vérifier votre connexion Internet et réessayer. Rien n'est perdu : vous reprendrez là où vous en étiez.",
    'connectionError.lead.timeout':
      "Notre service met trop de temps à répondre. Veuillez réessayer. Rien n'est perdu : vous reprendrez là où vous en étiez.",
    'connectionError.lead.server':
      "Notre service n'a pas répondu comme prévu. Veuillez réessayer dans un instant. Rien n'est perdu : vous reprendrez là où vous en étiez.",
    'connectionError.retry': 'Réessayer',
    'connectionError.heading.tryLater': 'Impossible pour le moment',
    'connectionError.lead.tryLater':
      "Une opération est déjà en cours à ce sujet, ou il y a eu trop de tentatives. Veuillez patienter quelques minutes, puis réessayer. Rien n'est perdu.",
    'connectionError.heading.contactSupport': 'Impossible de continuer ici',
    'connectionError.lead.contactSupport':
      "Notre service n'a pas pu accepter cette demande, et un nouvel essai n'y changera rien. Veuillez contacter le service client.",
    'connectionError.heading.startAgain': 'Veuillez recommencer',
    'connectionError.lead.startAgain':
      "Votre session a pris fin ou cette procédure n'est plus valable, par exemple après une longue pause. Recommencez pour continuer.",
    'connectionError.heading.appMisconfigured': "Ce service n'est pas configuré correctement",
    'connectionError.lead.appMisconfigured':
      'Un paramètre de cette application est incorrect, si bien que le formulaire sécurisé ne peut pas être utilisé. Vous ne pouvez pas y remédier vous-même : veuillez contacter le service client.',
  },
};

export default fr;
