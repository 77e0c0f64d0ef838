import type { DemoMessages } from './en.ts';

export const it: DemoMessages = {
  lang: 'it',

  settings: 'Impostazioni della demo',
  languageLabel: 'Lingua',
  themeLabel: 'Tema',
  themes: { system: 'Come il sistema', light: 'Chiaro', dark: 'Scuro' },
  openInLabel: 'Apri il modulo in',
  openIn: { 'same-tab': 'Questa scheda', 'new-tab': 'Una nuova scheda' },
  updatesLabel: 'Aggiornamenti di stato',
  updates: { push: 'Push (Server-Sent Events)', polling: 'Solo interrogazioni' },
  scenarioLabel: 'Scenario finAPI',
  scenarios: {
    normal: {
      label: 'finAPI funziona',
      description: 'I callback arrivano subito; i moduli valgono 20 minuti.',
    },
    'callback-delayed': {
      label: 'Callback in ritardo',
      description:
        'finAPI richiama con 8 secondi di ritardo; i controlli del backend possono arrivare prima.',
    },
    'callback-dropped': {
      label: 'Callback perso',
      description:
        'Non arriva nessun callback; i controlli del backend devono trovare il risultato.',
    },
    'slow-proxy': {
      label: 'finAPI lento',
      description: 'Ogni risposta di finAPI richiede 1,5 secondi.',
    },
    'short-expiry': {
      label: 'Validità breve',
      description: 'I nuovi moduli scadono dopo 30 secondi, per mostrare la schermata di scadenza.',
    },
  },
  scenarioRefused: 'Il simulatore ha rifiutato lo scenario ({status}).',
  taskLabel: 'Aggiornamento in background',
  taskModes: {
    'web-form-required': 'La banca chiede il cliente',
    complete: 'Riesce in background',
    fail: 'Fallisce in background',
  },
  panelsLabel: 'Mostra la guida e il registro degli eventi',

  startHeading: 'Che cosa vuoi fare?',
  startLead:
    'Ogni percorso ti porta a un modulo bancario o di pagamento ospitato da finAPI e poi di nuovo qui. In questa demo un simulatore di finAPI fa la banca: segui i suoi passaggi oppure concludi subito il modulo con i comandi della demo («Complete», «Complete with error», «Abort») per vedere ogni risultato.',
  flows: {
    'bank-connection-import': {
      title: 'Collega un conto bancario',
      summary:
        'Il cliente accede alla sua banca nel modulo finAPI; l’app ottiene un collegamento bancario.',
    },
    'bank-connection-update': {
      title: 'Aggiorna un collegamento bancario',
      summary:
        'Un aggiornamento in background che ha bisogno del cliente solo quando la banca chiede un accesso o la SCA.',
    },
    'standalone-payment': {
      title: 'Paga con bonifico',
      summary:
        'Un bonifico SEPA singolo che il cliente autorizza nella sua banca: pagare senza carta.',
    },
    'standing-order': {
      title: 'Imposta un bonifico periodico',
      summary: 'Un bonifico mensile dal conto del cliente, autorizzato una volta.',
    },
    'direct-debit-with-account-id': {
      title: 'Incassa un addebito diretto',
      summary:
        'L’esercente incassa da un pagatore con mandato, autorizzato nella banca dell’esercente.',
    },
    'payment-with-account-id': {
      title: 'Paga da un conto collegato',
      summary: 'Un bonifico da un conto che il cliente ha già collegato.',
    },
    'bank-connection-update-form': {
      title: 'Aggiorna un collegamento bancario (modulo web)',
      summary: 'L’aggiornamento come modulo web che il cliente compila sempre.',
    },
  },

  loading: 'Caricamento…',
  pageLoadErrorHeading: 'Impossibile caricare questa pagina',
  pageLoadErrorLead: 'Controlli la connessione e riprovi. Non si perde nulla.',
  pageLoadErrorRetry: 'Riprova',
  notFoundHeading: 'Pagina non trovata',
  backToStart: 'Torna alla pagina iniziale',
  supportHeading: 'Assistenza clienti',
  supportLead:
    'Qualcosa non ha funzionato con la tua banca o il tuo pagamento? Siamo qui per aiutarti, dal lunedì al venerdì, dalle 8:00 alle 20:00.',
  supportPhone: 'Telefono',
  supportEmail: 'E-mail',
  supportCode: 'Se ti è stato mostrato un codice di errore, tienilo a portata di mano.',
  refusedHeading: 'Questo link non si può usare',
  refusedStale:
    'Appartiene a una visita in banca già conclusa o troppo vecchia. Non è stato modificato nulla.',
  refusedInvalid:
    'Non corrisponde a nessuna visita in banca iniziata in questo browser, quindi non possiamo mostrarne il risultato. Non è stato modificato nulla.',

  ordersHeading: 'I tuoi ordini',
  ordersEmpty: 'Ancora nessun ordine: paga qualcosa qui sopra e comparirà qui con il suo esito.',
  ordersUnavailable: 'Non è stato possibile caricare gli ordini; si riprova tra un momento.',
  orderColumns: { order: 'Ordine', flow: 'Cosa', amount: 'Importo', status: 'Stato' },
  orderStatus: {
    open: 'Aperto',
    completed: 'Inviato',
    'completed-with-error': 'Non riuscito',
    aborted: 'Annullato',
    expired: 'Scaduto',
  },

  asideLabel: 'Come funziona',
  walkthroughHeading: 'Guida',
  walkthroughIdle: 'Avvia un percorso: ogni passaggio si illumina quando avviene.',
  customer: 'Cliente',
  backend: 'Dietro le quinte',
  steps: {
    create: {
      title: 'L’app crea un modulo sicuro',
      customer: 'Sceglie cosa fare. L’app spiega che la parte bancaria avviene presso finAPI.',
      backend:
        'Il backend chiede a finAPI un modulo web come utente finAPI di questo cliente e registra un callback. finAPI risponde con un link monouso valido 20 minuti.',
    },
    send: {
      title: 'Verso la banca',
      customer: 'Va al modulo di finAPI, in questa scheda o in una nuova.',
      backend:
        'L’app aggiunge al link le vie di ritorno (successo, errore, annullamento, assistenza), ciascuna legata a questa visita.',
    },
    bank: {
      title: 'In banca',
      customer: 'Sceglie la banca, accede e conferma con un TAN (qui: il simulatore).',
      backend:
        'finAPI segnala «in corso». L’app segue lo stato tramite il suo backend: inviato in diretta, con controlli lenti come rete di sicurezza.',
    },
    end: {
      title: 'finAPI segnala la fine',
      customer:
        'In caso di successo torna subito indietro; dopo un errore o un annullamento riceve un link per tornare.',
      backend:
        'finAPI richiama il backend. Il backend legge il risultato presso finAPI e lo invia all’app; se il callback si perde, lo trovano i suoi controlli.',
    },
    back: {
      title: 'Di nuovo nell’app',
      customer: 'Arriva alla pagina di ritorno dell’app, che controlla per un attimo.',
      backend:
        'L’app verifica che il ritorno appartenga a questa visita e chiede al suo backend: l’indirizzo suggerisce soltanto il risultato, decide il backend.',
    },
    outcome: {
      title: 'Il risultato',
      customer: 'Vede con parole semplici cosa è successo e il passo successivo.',
      backend:
        'Il risultato (un collegamento bancario, un pagamento o un codice di errore) arriva da finAPI, mai dalla barra degli indirizzi.',
    },
  },

  logHeading: 'Registro degli eventi',
  clear: 'Cancella',
  logEmpty: 'Avvia un percorso per vedere passo dopo passo cosa fanno l’app e il suo backend.',
  sources: { app: 'App', proxy: 'Backend' },
  sinceStart: '+{seconds} s',
  events: {
    createdWebForm: 'L’app ha fatto creare il modulo dal suo backend',
    createdTask: 'L’app ha fatto avviare l’aggiornamento dal suo backend',
    openedSameTab: 'Il cliente è andato al modulo della banca in questa scheda',
    openedNewTab: 'Il cliente è andato al modulo della banca in una nuova scheda',
    popupBlocked: 'Il browser ha bloccato la nuova scheda; l’app offre un link',
    webFormStatus: {
      NOT_YET_OPENED: 'Il modulo è pronto per il cliente',
      IN_PROGRESS: 'Il cliente è in banca',
      COMPLETED: 'finAPI segnala: fatto',
      COMPLETED_WITH_ERROR: 'finAPI segnala: concluso con un errore',
      EXPIRED: 'finAPI segnala: il modulo è scaduto',
      ABORTED: 'finAPI segnala: il cliente ha annullato',
    },
    taskStatus: {
      NOT_YET_STARTED: 'L’aggiornamento attende presso finAPI',
      IN_PROGRESS: 'finAPI sta aggiornando il collegamento bancario',
      WEB_FORM_REQUIRED: 'La banca ha bisogno del cliente: finAPI ha creato un modulo',
      COMPLETED: 'finAPI segnala: l’aggiornamento è fatto',
      COMPLETED_WITH_ERROR: 'finAPI segnala: l’aggiornamento non è riuscito',
    },
    returned: 'Il cliente è tornato nell’app (l’indirizzo dice «{via}», solo un indizio)',
    outcome: 'Il backend ha confermato il risultato: {outcome}',
    outcomes: {
      completed: 'fatto',
      'completed-with-error': 'un errore',
      expired: 'scaduto',
      aborted: 'annullato',
    },
    cancelled: 'Il cliente ha annullato nell’app; il modulo è stato eliminato',
    pushConnected: 'Aggiornamenti in diretta collegati',
    pushFailed: 'Aggiornamenti in diretta non riusciti; l’app controlla ogni pochi secondi',
    error: 'Qualcosa è andato storto ({kind})',
    finapiCreate: 'Il backend ha chiesto un modulo a finAPI',
    finapiCreateTask: 'Il backend ha chiesto a finAPI di aggiornare il collegamento bancario',
    finapiRead: 'Il backend ha letto lo stato presso finAPI',
    finapiDelete: 'Il backend ha eliminato il modulo presso finAPI',
    finapiOther: 'Il backend ha chiamato finAPI',
    callbackAccepted: 'finAPI ha richiamato il backend',
    callbackRefused: 'Il backend ha rifiutato un callback ({reason})',
    pollError: 'Il controllo dello stato del backend non è riuscito ({code})',
    outcomeRecorded: 'Il backend del negozio ha registrato l’esito dell’ordine',
    /** `{seconds}` */
    outcomeRetry: 'Registrazione dell’esito non riuscita; nuovo tentativo tra {seconds} s',
    outcomeNotRecorded: 'Registrazione dell’esito non riuscita definitivamente',
    proxyError: 'Il backend ha segnalato un errore',
  },
};
