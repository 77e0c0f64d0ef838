import type { MessageCatalogue } from '../Messages.ts';

/**
 * Italian (Lei), the formal address of Italian banking apps.
 *
 * @example
 * import { it } from '@webform-kit/react/locales/it';
 */
export const it: MessageCatalogue = {
  lang: 'it',
  messages: {
    'common.cancel': 'Annulla',
    'common.continue': 'Continua',
    'common.support': 'Contatta il servizio clienti',
    'common.opensInNewTab': '(si apre in una nuova scheda)',
    'common.closeTab': 'Chiudi questa scheda',
    'common.supportReference': 'Riferimento per il servizio clienti',
    'common.copy': 'Copia',
    'common.copied': 'Copiato',

    'summary.amount': 'Importo',
    'summary.payee': 'Beneficiario',
    'summary.purpose': 'Causale',
    'summary.reference': 'Riferimento',
    'summary.paymentId': 'ID del pagamento',
    'open.button': 'Continua al modulo sicuro',
    'open.link': 'Apri il modulo sicuro',
    'open.preparing': 'Preparazione del modulo sicuro…',
    'open.popupBlocked':
      'Il Suo browser ha bloccato la nuova scheda. Apra il modulo sicuro tramite il link qui sotto.',
    'open.newTab':
      'Il modulo si apre in una nuova scheda. Tenga aperta questa pagina: al termine vi troverà il risultato.',
    'redirect.heading.import': 'Colleghi il Suo conto bancario',
    'redirect.heading.update': 'Aggiorni il collegamento con la Sua banca',
    'redirect.heading.payment': 'Confermi il pagamento presso la Sua banca',
    'redirect.heading.standingOrder': 'Imposti il bonifico periodico presso la Sua banca',
    'redirect.heading.directDebit': "Confermi l'addebito diretto presso la Sua banca",
    'redirect.lead.import':
      "Collegherà il Suo conto in un modulo sicuro di finAPI, un fornitore di servizi bancari regolamentato. Le credenziali dell'home banking si inseriscono lì, mai in questa app.",
    'redirect.lead.update':
      "La Sua banca chiede di confermare di nuovo il collegamento. Lo farà in un modulo sicuro di finAPI, un fornitore di servizi bancari regolamentato. Le credenziali dell'home banking si inseriscono lì, mai in questa app.",
    'redirect.lead.payment':
      "Autorizzerà il pagamento in un modulo sicuro di finAPI, un prestatore di servizi di pagamento regolamentato. L'accesso alla Sua banca avviene lì, mai in questa app.",
    'redirect.lead.standingOrder':
      "Autorizzerà il bonifico periodico in un modulo sicuro di finAPI, un prestatore di servizi di pagamento regolamentato. L'accesso alla Sua banca avviene lì, mai in questa app.",
    'redirect.lead.directDebit':
      "Autorizzerà l'addebito diretto in un modulo sicuro di finAPI, un prestatore di servizi di pagamento regolamentato. L'accesso alla Sua banca avviene lì, mai in questa app.",
    'redirect.stepsHeading': 'I prossimi passi',
    'redirect.step.open': 'Apra il modulo sicuro.',
    'redirect.step.confirm':
      "Acceda alla Sua banca e confermi, ad esempio con un codice ricevuto via SMS o nell'app della Sua banca.",
    'redirect.step.return': 'Torni qui. Le mostreremo il risultato.',
    'redirect.countdown': 'Il reindirizzamento automatico al modulo sicuro avverrà {time}.',
    'redirect.countdownCancel': 'Resta su questa pagina',
    'redirect.countdownCancelled':
      'Il reindirizzamento automatico è disattivato. Prosegua quando preferisce.',
    'waiting.heading.notYetOpened': 'Continui nel modulo sicuro',
    'waiting.lead.notYetOpened': 'Se il modulo sicuro non si è aperto, può aprirlo da qui.',
    'waiting.heading.inProgress': 'Completi il modulo sicuro',
    'waiting.lead.inProgress':
      "Il modulo è aperto in un'altra scheda o finestra. Lo completi lì e poi torni qui: questa pagina si aggiorna da sola.",
    'waiting.timeLeft': {
      one: 'Rimane {duration}',
      many: 'Rimangono {duration}',
      other: 'Rimangono {duration}',
    },
    'waiting.timeUp': 'Il tempo a disposizione per il modulo sicuro è scaduto.',
    'waiting.closedHint': 'Ha chiuso il modulo per errore? Ricominci per riceverne uno nuovo.',
    'waiting.restart': 'Ricomincia',
    'checking.heading': 'Verifica del risultato',
    'checking.lead': 'Un momento, per favore. Stiamo confermando il risultato del modulo sicuro.',
    'completed.heading.import': 'Conto bancario collegato',
    'completed.heading.update': 'Collegamento bancario aggiornato',
    'completed.heading.payment': 'Pagamento inviato',
    'completed.heading.standingOrder': 'Bonifico periodico impostato',
    'completed.heading.directDebit': 'Addebito diretto inviato',
    'completed.lead.import':
      'Il Suo conto bancario è ora collegato. Potrebbe volerci un momento prima che tutti i dati siano visibili.',
    'completed.lead.update': 'Il collegamento con la Sua banca è di nuovo aggiornato.',
    'completed.lead.payment':
      "La Sua banca ha ricevuto l'ordine di pagamento e lo eseguirà secondo i consueti tempi di elaborazione.",
    'completed.lead.standingOrder':
      'La Sua banca ha ricevuto il bonifico periodico. I pagamenti saranno eseguiti nelle date da Lei scelte.',
    'completed.lead.directDebit':
      "La Sua banca ha ricevuto l'addebito diretto e lo elaborerà secondo i consueti tempi di elaborazione.",
    'error.heading.ENTITY_EXISTS': 'Questo collegamento bancario esiste già',
    'error.body.ENTITY_EXISTS':
      'Il conto bancario scelto è già collegato, quindi non è stato aggiunto nulla di nuovo. Può continuare a usare il collegamento esistente.',
    'error.heading.BANK_SERVER_REJECTION': 'La Sua banca ha rifiutato la richiesta',
    'error.body.BANK_SERVER_REJECTION':
      'La Sua banca ha interrotto la procedura, ad esempio perché le credenziali o il codice di conferma non sono stati accettati. Controlli i Suoi dati e riprovi.',
    'error.heading.INTERNAL_ERROR': 'Si è verificato un errore imprevisto',
    'error.body.INTERNAL_ERROR':
      "Nel modulo sicuro si è verificato un errore di cui non è stato possibile individuare la causa. Riprovi più tardi. Se l'errore si ripresenta, contatti il servizio clienti indicando il riferimento riportato qui sotto.",
    'error.heading.INTERRUPTED': 'La procedura è stata interrotta',
    'error.body.INTERRUPTED':
      'Il modulo sicuro è stato ricaricato o riaperto in un passaggio in cui non è possibile. Ricominci e completi il modulo senza ricaricarlo.',
    'error.heading.INVALID_TOKEN': 'La Sua sessione è scaduta',
    'error.body.INVALID_TOKEN':
      'La Sua sessione è scaduta mentre il modulo sicuro era aperto. Ricominci; se Le viene richiesto, acceda prima di nuovo a questa app.',
    'error.heading.MANDATOR_MISCONFIGURATION': 'Questo servizio non è al momento disponibile',
    'error.body.MANDATOR_MISCONFIGURATION':
      'Il servizio non è configurato correttamente da parte nostra. Non si tratta di un problema che può risolvere Lei: contatti il servizio clienti.',
    'error.heading.NO_ACCOUNTS_FOR_TYPE_LIST': 'Nessun conto adatto trovato',
    'error.body.NO_ACCOUNTS_FOR_TYPE_LIST':
      "Nessuno dei conti di questo accesso bancario è del tipo richiesto, ad esempio un conto corrente. Riprovi con un altro conto o un'altra banca.",
    'error.heading.UNDETERMINED_BANK': 'Non è stato possibile identificare la Sua banca',
    'error.body.UNDETERMINED_BANK':
      'I dati indicati non corrispondono a una sola banca. Ricominci e selezioni la Sua banca.',
    'error.heading.UNEXPECTED_ACCESS_RESPONSE': 'Risposta imprevista dal servizio bancario',
    'error.body.UNEXPECTED_ACCESS_RESPONSE':
      "Non è stato possibile completare la procedura a causa di una risposta imprevista del servizio bancario. Riprovi più tardi. Se l'errore si ripresenta, contatti il servizio clienti indicando il riferimento riportato qui sotto.",
    'error.heading.UNSUPPORTED_FEATURE': 'La Sua banca non supporta questa funzione',
    'error.body.UNSUPPORTED_FEATURE':
      'La Sua banca non offre questa funzione, ad esempio pagamenti con data di esecuzione futura. Riprovi con dati diversi.',
    'error.heading.UNSUPPORTED_ORDER': 'Questo conto non può essere usato per questo ordine',
    'error.body.UNSUPPORTED_ORDER':
      'Il conto selezionato non supporta questo tipo di ordine. Riprovi con un altro conto.',
    'error.heading.general': 'Non è stato possibile completare la procedura',
    'error.body.general':
      'Qualcosa non ha funzionato nel modulo sicuro. Riprovi. Se il problema persiste, contatti il servizio clienti.',
    'error.restart': 'Riprova',
    'payment.notMade.payment': 'Non è stato effettuato alcun pagamento',
    'payment.notMade.standingOrder': 'Non è stato impostato alcun bonifico periodico',
    'payment.notMade.directDebit': 'Non è stato effettuato alcun addebito diretto',
    'payment.unknown.payment': "L'esito del Suo pagamento non è ancora noto",
    'payment.unknown.standingOrder':
      'Non è ancora noto se il Suo bonifico periodico sia stato impostato',
    'payment.unknown.directDebit': "L'esito del Suo addebito diretto non è ancora noto",
    'payment.unknown.lead':
      "La Sua banca potrebbe ancora eseguire l'ordine. Per non pagare due volte, non ricominci: controlli tra un po' il Suo conto o l'app della banca, oppure contatti il servizio clienti.",

    'expired.heading': 'Il modulo sicuro è scaduto',
    'expired.lead':
      'Per la Sua sicurezza, il modulo è valido solo per un tempo limitato, che è terminato prima della conclusione della procedura. Non è stato completato nulla.',
    'expired.restart': 'Ricomincia',
    'aborted.heading': 'Procedura annullata',
    'aborted.lead':
      'Ha annullato la procedura nel modulo sicuro, quindi non è stato completato nulla. Può ricominciare in qualsiasi momento.',
    'aborted.restart': 'Ricomincia',
    'webFormRequired.heading': 'La Sua banca richiede una conferma',
    'webFormRequired.lead':
      "Non è stato possibile aggiornare in background il collegamento con la Sua banca: la banca chiede che Lei lo confermi. Lo farà in un modulo sicuro di finAPI, un fornitore di servizi bancari regolamentato. Le credenziali dell'home banking si inseriscono lì, mai in questa app.",
    'connectionError.heading': 'Problema di connessione',
    'connectionError.lead.network':
      'Non riusciamo a raggiungere il nostro servizio. Controlli la connessione a Internet e riprovi. Non si perde nulla: riprenderà esattamente da questo punto.',
    'connectionError.lead.timeout':
      'Il nostro servizio sta impiegando troppo tempo a rispondere. Riprovi. Non si perde nulla: riprenderà esattamente da questo punto.',
    'connectionError.lead.server':
      'Il nostro servizio non ha risposto come previsto. Riprovi tra un momento. Non si perde nulla: riprenderà esattamente da questo punto.',
    'connectionError.retry': 'Riprova',
    'connectionError.heading.tryLater': 'Al momento non è possibile',
    'connectionError.lead.tryLater':
      "Per questa operazione c'è già una procedura in corso, oppure ci sono stati troppi tentativi. Attenda qualche minuto e riprovi. Non si perde nulla.",
    'connectionError.heading.contactSupport': 'Non possiamo proseguire qui',
    'connectionError.lead.contactSupport':
      'Il nostro servizio non ha potuto accettare questa richiesta e riprovare non cambierà la situazione. Contatti il servizio clienti.',
    'connectionError.heading.startAgain': 'Ricominci da capo',
    'connectionError.lead.startAgain':
      'La Sua sessione è scaduta o questa procedura non è più valida, ad esempio dopo una lunga pausa. Ricominci per proseguire.',
    'connectionError.heading.appMisconfigured': 'Questo servizio non è configurato correttamente',
    'connectionError.lead.appMisconfigured':
      "Un'impostazione di questa app è errata, quindi il modulo sicuro non può essere utilizzato. Non è un problema che può risolvere Lei: contatti il servizio clienti.",
  },
};

export default it;
