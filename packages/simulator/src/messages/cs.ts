import type { HostedPageMessages } from './HostedPageMessages.ts';

export const cs: HostedPageMessages = {
  lang: 'cs',
  languageName: 'Čeština',

  secureConnection: 'Zabezpečené připojení',
  footer: 'Simulátor finAPI Web Form 2.0, součást webform-kit. Žádná skutečná banka se neúčastní.',
  languageLabel: 'Jazyk',
  languageSubmit: 'Změnit',

  progressLabel: 'Průběh',
  stepOf: 'Krok {step} z {total}',
  stepNames: { bank: 'Banka', login: 'Přihlášení', review: 'Kontrola', tan: 'Potvrzení' },
  purpose: {
    connect: 'Propojte svůj bankovní účet, aby aplikace mohla zobrazit vaše účty a transakce.',
    update: 'Obnovte přístup aplikace k vašemu bankovnímu účtu.',
    payment: 'Schvalte převod ze svého bankovního účtu.',
    standingOrder: 'Nastavte trvalý příkaz ze svého bankovního účtu.',
    directDebit: 'Schvalte inkaso na svůj bankovní účet.',
  },

  bankHeading: 'Vyberte svou banku',
  bankLegend: 'Vaše banka',
  bankDetails: 'BIC {bic} · kód banky {blz}',

  loginHeading: 'Přihlášení do {bank}',
  userIdLabel: 'Identifikátor internetového bankovnictví',
  pinLabel: 'PIN',
  loginHint: 'Tato banka je simulovaná: funguje jakékoli přihlášení a nic se neodesílá do banky.',

  reviewHeading: {
    payment: 'Zkontrolujte platbu',
    standingOrder: 'Zkontrolujte trvalý příkaz',
    directDebit: 'Zkontrolujte inkaso',
  },

  tanHeading: 'Potvrďte kódem TAN',
  tanIntro: '{bank} odeslala TAN do vaší bankovní aplikace.',
  tanLabel: 'TAN',
  tanHint: 'Simulovaná banka: funguje jakýchkoli šest číslic.',

  amount: 'Částka',
  total: 'Celkem',
  to: 'Příjemce',
  from: 'Plátce',
  iban: 'IBAN',
  reference: 'Zpráva pro příjemce',
  executionDate: 'Datum provedení',
  firstPayment: 'První platba',
  lastPayment: 'Poslední platba',
  frequency: 'Četnost',
  frequencies: {
    MONTHLY: 'Měsíčně',
    EVERY_TWO_MONTHS: 'Každé dva měsíce',
    QUARTERLY: 'Čtvrtletně',
    SEMI_ANNUAL: 'Pololetně',
    ANNUAL: 'Ročně',
  },
  mandate: 'Mandát',
  connectedAccount: 'Propojený účet č. {id}',
  instantPayment: 'Okamžitá platba',
  connectionName: 'Název připojení',
  transfers: 'Převody: {count}',
  collections: 'Inkasa: {count}',
  moreLines: 'a dalších {count}',
  heroTo: 'pro {name}',
  heroFrom: 'od {name}',

  continue: 'Pokračovat',
  logIn: 'Přihlásit se',
  confirm: {
    connect: 'Propojit účet',
    update: 'Potvrdit',
    payment: 'Potvrdit platbu',
    standingOrder: 'Nastavit trvalý příkaz',
    directDebit: 'Potvrdit inkaso',
  },
  cancel: 'Zrušit',

  fieldRequired: 'Vyplňte prosím toto pole.',
  tanInvalid: 'Zadejte šest číslic kódu TAN.',
  bankRequired: 'Vyberte svou banku.',

  validFor: 'Tato stránka je platná ještě {duration}.',

  completedHeading: {
    connect: 'Bankovní účet propojen',
    update: 'Připojení k bance aktualizováno',
    payment: 'Platba odeslána',
    standingOrder: 'Trvalý příkaz nastaven',
    directDebit: 'Inkaso odesláno',
  },
  completedText: 'Váš požadavek byl dokončen.',
  closeTab: 'Nyní můžete tuto kartu zavřít a vrátit se do aplikace.',
  errorHeading: 'Něco se pokazilo',
  errorText: 'Proces nebylo možné dokončit.',
  errorReference: 'Reference pro zákaznickou podporu:',
  backToApp: 'Zpět do aplikace',
  support: 'Kontaktovat zákaznickou podporu',
  abortedHeading: 'Zrušeno',
  abortedText: 'Proces jste zrušili.',
  alreadyOpenedHeading: 'Tento odkaz již byl použit',
  alreadyOpenedText:
    'Z bezpečnostních důvodů lze odkaz na webový formulář otevřít jen jednou. Vraťte se do aplikace a začněte znovu.',
  expiredHeading: 'Platnost tohoto webového formuláře vypršela',
  expiredText:
    'Odkazy na webové formuláře platí jen omezenou dobu. Vraťte se do aplikace a začněte znovu.',
  finishedHeading: 'Tento webový formulář je již dokončen',
  finishedText: 'Vraťte se do aplikace, kde uvidíte výsledek.',
  notFoundHeading: 'Webový formulář nebyl nalezen',
  notFoundText:
    'Tento odkaz je neplatný, nebo byl webový formulář smazán. Vraťte se do aplikace a začněte znovu.',
  forbiddenHeading: 'Tato stránka nemůže webový formulář dokončit',
  forbiddenText: 'Webový formulář může dokončit jen stránka, která ho otevřela.',
  badRequestHeading: 'Neplatný požadavek',
  chooseErrorCode: 'Vyberte jeden z chybových kódů.',

  demoHeading: 'Ovládání dema',
  demoText:
    'Není součástí formuláře finAPI: ukončete tento webový formulář hned, z kteréhokoli kroku.',
};
