import type { HostedPageMessages } from './HostedPageMessages.ts';

export const sk: HostedPageMessages = {
  lang: 'sk',
  languageName: 'Slovenčina',

  secureConnection: 'Zabezpečené pripojenie',
  footer:
    'Simulátor finAPI Web Form 2.0, súčasť webform-kit. Nezúčastňuje sa žiadna skutočná banka.',
  languageLabel: 'Jazyk',
  languageSubmit: 'Zmeniť',

  progressLabel: 'Priebeh',
  stepOf: 'Krok {step} z {total}',
  stepNames: { bank: 'Banka', login: 'Prihlásenie', review: 'Kontrola', tan: 'Potvrdenie' },
  purpose: {
    connect: 'Prepojte svoj bankový účet, aby aplikácia mohla zobraziť vaše účty a transakcie.',
    update: 'Obnovte prístup aplikácie k vášmu bankovému účtu.',
    payment: 'Schváľte prevod zo svojho bankového účtu.',
    standingOrder: 'Nastavte trvalý príkaz zo svojho bankového účtu.',
    directDebit: 'Schváľte inkaso na svoj bankový účet.',
  },

  bankHeading: 'Vyberte svoju banku',
  bankLegend: 'Vaša banka',
  bankDetails: 'BIC {bic} · kód banky {blz}',

  loginHeading: 'Prihlásenie do {bank}',
  userIdLabel: 'Identifikátor internetbankingu',
  pinLabel: 'PIN',
  loginHint:
    'Táto banka je simulovaná: funguje akékoľvek prihlásenie a nič sa neodosiela do banky.',

  reviewHeading: {
    payment: 'Skontrolujte platbu',
    standingOrder: 'Skontrolujte trvalý príkaz',
    directDebit: 'Skontrolujte inkaso',
  },

  tanHeading: 'Potvrďte kódom TAN',
  tanIntro: '{bank} poslala TAN do vašej bankovej aplikácie.',
  tanLabel: 'TAN',
  tanHint: 'Simulovaná banka: funguje akýchkoľvek šesť číslic.',

  amount: 'Suma',
  total: 'Spolu',
  to: 'Príjemca',
  from: 'Platiteľ',
  iban: 'IBAN',
  reference: 'Správa pre príjemcu',
  executionDate: 'Dátum vykonania',
  firstPayment: 'Prvá platba',
  lastPayment: 'Posledná platba',
  frequency: 'Frekvencia',
  frequencies: {
    MONTHLY: 'Mesačne',
    EVERY_TWO_MONTHS: 'Každé dva mesiace',
    QUARTERLY: 'Štvrťročne',
    SEMI_ANNUAL: 'Polročne',
    ANNUAL: 'Ročne',
  },
  mandate: 'Mandát',
  connectedAccount: 'Prepojený účet č. {id}',
  instantPayment: 'Okamžitá platba',
  connectionName: 'Názov pripojenia',
  transfers: 'Prevody: {count}',
  collections: 'Inkasá: {count}',
  moreLines: 'a ďalších {count}',
  heroTo: 'pre {name}',
  heroFrom: 'od {name}',

  continue: 'Pokračovať',
  logIn: 'Prihlásiť sa',
  confirm: {
    connect: 'Prepojiť účet',
    update: 'Potvrdiť',
    payment: 'Potvrdiť platbu',
    standingOrder: 'Nastaviť trvalý príkaz',
    directDebit: 'Potvrdiť inkaso',
  },
  cancel: 'Zrušiť',

  fieldRequired: 'Vyplňte, prosím, toto pole.',
  tanInvalid: 'Zadajte šesť číslic kódu TAN.',
  bankRequired: 'Vyberte svoju banku.',

  validFor: 'Táto stránka je platná ešte {duration}.',

  completedHeading: {
    connect: 'Bankový účet prepojený',
    update: 'Pripojenie k banke aktualizované',
    payment: 'Platba odoslaná',
    standingOrder: 'Trvalý príkaz nastavený',
    directDebit: 'Inkaso odoslané',
  },
  completedText: 'Vaša požiadavka bola dokončená.',
  closeTab: 'Teraz môžete túto kartu zavrieť a vrátiť sa do aplikácie.',
  errorHeading: 'Niečo sa pokazilo',
  errorText: 'Proces sa nepodarilo dokončiť.',
  errorReference: 'Referencia pre zákaznícku podporu:',
  backToApp: 'Späť do aplikácie',
  support: 'Kontaktovať zákaznícku podporu',
  abortedHeading: 'Zrušené',
  abortedText: 'Proces ste zrušili.',
  alreadyOpenedHeading: 'Tento odkaz už bol použitý',
  alreadyOpenedText:
    'Z bezpečnostných dôvodov sa odkaz na webový formulár dá otvoriť len raz. Vráťte sa do aplikácie a začnite znova.',
  expiredHeading: 'Platnosť tohto webového formulára vypršala',
  expiredText:
    'Odkazy na webové formuláre platia len obmedzený čas. Vráťte sa do aplikácie a začnite znova.',
  finishedHeading: 'Tento webový formulár je už dokončený',
  finishedText: 'Vráťte sa do aplikácie, kde uvidíte výsledok.',
  notFoundHeading: 'Webový formulár sa nenašiel',
  notFoundText:
    'Tento odkaz je neplatný alebo bol webový formulár vymazaný. Vráťte sa do aplikácie a začnite znova.',
  forbiddenHeading: 'Táto stránka nemôže webový formulár dokončiť',
  forbiddenText: 'Webový formulár môže dokončiť len stránka, ktorá ho otvorila.',
  badRequestHeading: 'Neplatná požiadavka',
  chooseErrorCode: 'Vyberte jeden z chybových kódov.',

  demoHeading: 'Ovládanie dema',
  demoText:
    'Nie je súčasťou formulára finAPI: ukončite tento webový formulár hneď, z ktoréhokoľvek kroku.',
};
