import type { HostedPageMessages } from './HostedPageMessages.ts';

export const it: HostedPageMessages = {
  lang: 'it',
  languageName: 'Italiano',

  secureConnection: 'Connessione sicura',
  footer:
    'Simulatore di finAPI Web Form 2.0, parte di webform-kit. Non è coinvolta alcuna banca reale.',
  languageLabel: 'Lingua',
  languageSubmit: 'Cambia',

  progressLabel: 'Avanzamento',
  stepOf: 'Passaggio {step} di {total}',
  stepNames: { bank: 'Banca', login: 'Accesso', review: 'Verifica', tan: 'Conferma' },
  purpose: {
    connect: 'Collega il tuo conto bancario, così l’app può mostrare i tuoi conti e movimenti.',
    update: 'Rinnova l’accesso dell’app al tuo conto bancario.',
    payment: 'Autorizza un bonifico dal tuo conto bancario.',
    standingOrder: 'Imposta un bonifico periodico dal tuo conto bancario.',
    directDebit: 'Autorizza l’incasso di addebiti diretti sul tuo conto bancario.',
  },

  bankHeading: 'Scegli la tua banca',
  bankLegend: 'La tua banca',
  bankDetails: 'BIC {bic} · codice banca {blz}',

  loginHeading: 'Accedi a {bank}',
  userIdLabel: 'Codice utente dell’home banking',
  pinLabel: 'PIN',
  loginHint:
    'Questa banca è simulata: qualsiasi accesso funziona e nulla viene inviato a una banca.',

  reviewHeading: {
    payment: 'Verifica il pagamento',
    standingOrder: 'Verifica il bonifico periodico',
    directDebit: 'Verifica l’addebito diretto',
  },

  tanHeading: 'Conferma con un TAN',
  tanIntro: '{bank} ha inviato un TAN alla tua app della banca.',
  tanLabel: 'TAN',
  tanHint: 'Banca simulata: vanno bene sei cifre qualsiasi.',

  amount: 'Importo',
  total: 'Totale',
  to: 'A',
  from: 'Da',
  iban: 'IBAN',
  reference: 'Causale',
  executionDate: 'Data di esecuzione',
  firstPayment: 'Primo pagamento',
  lastPayment: 'Ultimo pagamento',
  frequency: 'Frequenza',
  frequencies: {
    MONTHLY: 'Mensile',
    EVERY_TWO_MONTHS: 'Ogni due mesi',
    QUARTERLY: 'Trimestrale',
    SEMI_ANNUAL: 'Semestrale',
    ANNUAL: 'Annuale',
  },
  mandate: 'Mandato',
  connectedAccount: 'Conto collegato n. {id}',
  instantPayment: 'Bonifico istantaneo',
  connectionName: 'Nome del collegamento',
  transfers: '{count} bonifici',
  collections: '{count} addebiti diretti',
  moreLines: 'e altri {count}',
  heroTo: 'a {name}',
  heroFrom: 'da {name}',

  continue: 'Continua',
  logIn: 'Accedi',
  confirm: {
    connect: 'Collega il conto',
    update: 'Conferma',
    payment: 'Conferma il pagamento',
    standingOrder: 'Imposta il bonifico periodico',
    directDebit: 'Conferma l’addebito diretto',
  },
  cancel: 'Annulla',

  fieldRequired: 'Compila questo campo.',
  tanInvalid: 'Inserisci le sei cifre del TAN.',
  bankRequired: 'Scegli la tua banca.',

  validFor: 'Questa pagina resta valida ancora per {duration}.',

  completedHeading: {
    connect: 'Conto bancario collegato',
    update: 'Collegamento bancario aggiornato',
    payment: 'Pagamento inviato',
    standingOrder: 'Bonifico periodico impostato',
    directDebit: 'Addebito diretto inviato',
  },
  completedText: 'La tua richiesta è stata completata.',
  closeTab: 'Ora puoi chiudere questa scheda e tornare all’app.',
  errorHeading: 'Qualcosa è andato storto',
  errorText: 'Non è stato possibile completare la procedura.',
  errorReference: 'Riferimento per l’assistenza clienti:',
  backToApp: 'Torna all’app',
  support: 'Contatta l’assistenza clienti',
  abortedHeading: 'Annullato',
  abortedText: 'Hai annullato la procedura.',
  alreadyOpenedHeading: 'Questo link è già stato usato',
  alreadyOpenedText:
    'Per la tua sicurezza, un link al modulo web si può aprire una sola volta. Torna all’app e ricomincia.',
  expiredHeading: 'Questo modulo web è scaduto',
  expiredText:
    'I link ai moduli web valgono solo per un tempo limitato. Torna all’app e ricomincia.',
  finishedHeading: 'Questo modulo web è già concluso',
  finishedText: 'Torna all’app per vedere il risultato.',
  notFoundHeading: 'Modulo web non trovato',
  notFoundText:
    'Questo link non è valido oppure il modulo web è stato eliminato. Torna all’app e ricomincia.',
  forbiddenHeading: 'Questa pagina non può concludere il modulo web',
  forbiddenText: 'Solo la pagina che ha aperto il modulo web può concluderlo.',
  badRequestHeading: 'Richiesta non valida',
  chooseErrorCode: 'Scegli uno dei codici di errore.',

  demoHeading: 'Comandi della demo',
  demoText:
    'Non fa parte del modulo finAPI: concludi subito questo modulo web, da qualsiasi passaggio.',
};
