import type { HostedPageMessages } from './HostedPageMessages.ts';

export const ro: HostedPageMessages = {
  lang: 'ro',
  languageName: 'Română',

  secureConnection: 'Conexiune securizată',
  footer:
    'Simulator al finAPI Web Form 2.0, parte din webform-kit. Nu este implicată nicio bancă reală.',
  languageLabel: 'Limbă',
  languageSubmit: 'Schimbă',

  progressLabel: 'Progres',
  stepOf: 'Pasul {step} din {total}',
  stepNames: { bank: 'Banca', login: 'Autentificare', review: 'Verificare', tan: 'Confirmare' },
  purpose: {
    connect:
      'Conectați-vă contul bancar, pentru ca aplicația să vă poată afișa conturile și tranzacțiile.',
    update: 'Reînnoiți accesul aplicației la contul dumneavoastră bancar.',
    payment: 'Aprobați un transfer din contul dumneavoastră bancar.',
    standingOrder: 'Configurați un ordin de plată programat din contul dumneavoastră bancar.',
    directDebit: 'Aprobați încasarea debitărilor directe în contul dumneavoastră bancar.',
  },

  bankHeading: 'Alegeți banca',
  bankLegend: 'Banca dumneavoastră',
  bankDetails: 'BIC {bic} · cod bancar {blz}',

  loginHeading: 'Autentificare la {bank}',
  userIdLabel: 'ID de internet banking',
  pinLabel: 'PIN',
  loginHint:
    'Această bancă este simulată: orice autentificare funcționează și nimic nu este trimis unei bănci.',

  reviewHeading: {
    payment: 'Verificați plata',
    standingOrder: 'Verificați ordinul de plată programat',
    directDebit: 'Verificați debitarea directă',
  },

  tanHeading: 'Confirmați cu un TAN',
  tanIntro: '{bank} a trimis un TAN în aplicația dumneavoastră bancară.',
  tanLabel: 'TAN',
  tanHint: 'Bancă simulată: funcționează oricare șase cifre.',

  amount: 'Sumă',
  total: 'Total',
  to: 'Către',
  from: 'De la',
  iban: 'IBAN',
  reference: 'Detalii plată',
  executionDate: 'Data executării',
  firstPayment: 'Prima plată',
  lastPayment: 'Ultima plată',
  frequency: 'Frecvență',
  frequencies: {
    MONTHLY: 'Lunar',
    EVERY_TWO_MONTHS: 'La două luni',
    QUARTERLY: 'Trimestrial',
    SEMI_ANNUAL: 'Semestrial',
    ANNUAL: 'Anual',
  },
  mandate: 'Mandat',
  connectedAccount: 'Cont conectat nr. {id}',
  instantPayment: 'Plată instant',
  connectionName: 'Numele conexiunii',
  transfers: 'Transferuri: {count}',
  collections: 'Debitări directe: {count}',
  moreLines: 'și încă {count}',
  heroTo: 'către {name}',
  heroFrom: 'de la {name}',

  continue: 'Continuați',
  logIn: 'Autentificare',
  confirm: {
    connect: 'Conectați contul',
    update: 'Confirmați',
    payment: 'Confirmați plata',
    standingOrder: 'Configurați ordinul programat',
    directDebit: 'Confirmați debitarea directă',
  },
  cancel: 'Anulați',

  fieldRequired: 'Completați acest câmp.',
  tanInvalid: 'Introduceți cele șase cifre ale TAN-ului.',
  bankRequired: 'Alegeți banca.',

  validFor: 'Această pagină mai este valabilă {duration}.',

  completedHeading: {
    connect: 'Cont bancar conectat',
    update: 'Conexiune bancară actualizată',
    payment: 'Plată trimisă',
    standingOrder: 'Ordin de plată programat configurat',
    directDebit: 'Debitare directă trimisă',
  },
  completedText: 'Solicitarea dumneavoastră a fost finalizată.',
  closeTab: 'Acum puteți închide această filă și reveni în aplicație.',
  errorHeading: 'Ceva nu a funcționat',
  errorText: 'Procesul nu a putut fi finalizat.',
  errorReference: 'Referință pentru asistența clienți:',
  backToApp: 'Înapoi la aplicație',
  support: 'Contactați asistența clienți',
  abortedHeading: 'Anulat',
  abortedText: 'Ați anulat procesul.',
  alreadyOpenedHeading: 'Acest link a fost deja folosit',
  alreadyOpenedText:
    'Pentru siguranța dumneavoastră, un link de formular web poate fi deschis o singură dată. Reveniți în aplicație și începeți din nou.',
  expiredHeading: 'Acest formular web a expirat',
  expiredText:
    'Linkurile de formular web sunt valabile doar un timp limitat. Reveniți în aplicație și începeți din nou.',
  finishedHeading: 'Acest formular web este deja încheiat',
  finishedText: 'Reveniți în aplicație pentru a vedea rezultatul.',
  notFoundHeading: 'Formularul web nu a fost găsit',
  notFoundText:
    'Acest link nu este valabil sau formularul web a fost șters. Reveniți în aplicație și începeți din nou.',
  forbiddenHeading: 'Această pagină nu poate încheia formularul web',
  forbiddenText: 'Doar pagina care a deschis formularul web îl poate încheia.',
  badRequestHeading: 'Cerere nevalidă',
  chooseErrorCode: 'Alegeți unul dintre codurile de eroare.',

  demoHeading: 'Comenzi demo',
  demoText:
    'Nu face parte din formularul finAPI: încheiați imediat acest formular web, din orice pas.',
};
