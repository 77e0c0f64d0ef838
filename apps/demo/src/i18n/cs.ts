import type { DemoMessages } from './en.ts';

export const cs: DemoMessages = {
  lang: 'cs',

  settings: 'Nastavení dema',
  languageLabel: 'Jazyk',
  themeLabel: 'Vzhled',
  themes: { system: 'Podle systému', light: 'Světlý', dark: 'Tmavý' },
  openInLabel: 'Otevřít formulář v',
  openIn: { 'same-tab': 'Této kartě', 'new-tab': 'Nové kartě' },
  updatesLabel: 'Aktualizace stavu',
  updates: { push: 'Push (Server-Sent Events)', polling: 'Jen dotazování' },
  scenarioLabel: 'Scénář finAPI',
  scenarios: {
    normal: {
      label: 'finAPI funguje',
      description: 'Callbacky přicházejí hned; formuláře platí 20 minut.',
    },
    'callback-delayed': {
      label: 'Zpožděný callback',
      description:
        'finAPI volá zpět o 8 sekund později; vlastní dotazy backendu mohou být rychlejší.',
    },
    'callback-dropped': {
      label: 'Ztracený callback',
      description: 'Žádný callback nepřijde; výsledek musí najít vlastní dotazy backendu.',
    },
    'slow-proxy': { label: 'Pomalé finAPI', description: 'Každá odpověď finAPI trvá 1,5 sekundy.' },
    'short-expiry': {
      label: 'Krátká platnost',
      description: 'Nové formuláře vyprší po 30 sekundách, aby bylo vidět obrazovku vypršení.',
    },
  },
  scenarioRefused: 'Simulátor scénář odmítl ({status}).',
  taskLabel: 'Aktualizace na pozadí',
  taskModes: {
    'web-form-required': 'Banka potřebuje zákazníka',
    complete: 'Proběhne na pozadí',
    fail: 'Selže na pozadí',
  },
  panelsLabel: 'Zobrazit průvodce a protokol událostí',

  startHeading: 'Co chcete udělat?',
  startLead:
    'Každý postup vás pošle na bankovní nebo platební formulář u finAPI a zase zpět sem. V tomto demu hraje banku simulátor finAPI: projděte jeho kroky, nebo formulář hned ukončete ovládáním dema („Complete“, „Complete with error“, „Abort“) a uvidíte každý výsledek.',
  flows: {
    'bank-connection-import': {
      title: 'Propojit bankovní účet',
      summary:
        'Zákazník se ve formuláři finAPI přihlásí do své banky; aplikace získá připojení k bance.',
    },
    'bank-connection-update': {
      title: 'Aktualizovat připojení k bance',
      summary:
        'Aktualizace na pozadí, která zákazníka potřebuje, jen když banka žádá přihlášení nebo SCA.',
    },
    'standalone-payment': {
      title: 'Zaplatit bankovním převodem',
      summary: 'Jednorázový převod SEPA, který zákazník schválí ve své bance: placení bez karty.',
    },
    'standing-order': {
      title: 'Nastavit trvalý příkaz',
      summary: 'Měsíční převod z účtu zákazníka, schválený jednou.',
    },
    'direct-debit-with-account-id': {
      title: 'Inkasovat platbu',
      summary: 'Obchodník inkasuje od plátce na základě mandátu, schváleno v bance obchodníka.',
    },
    'payment-with-account-id': {
      title: 'Zaplatit z propojeného účtu',
      summary: 'Převod z účtu, který zákazník už propojil.',
    },
    'bank-connection-update-form': {
      title: 'Aktualizovat připojení k bance (webový formulář)',
      summary: 'Aktualizace jako webový formulář, kterým zákazník vždy projde.',
    },
  },

  loading: 'Načítá se…',
  pageLoadErrorHeading: 'Tuto stránku se nepodařilo načíst',
  pageLoadErrorLead: 'Zkontrolujte připojení a zkuste to znovu. Nic se neztratilo.',
  pageLoadErrorRetry: 'Zkusit znovu',
  notFoundHeading: 'Stránka nenalezena',
  backToStart: 'Zpět na úvodní stránku',
  supportHeading: 'Zákaznická podpora',
  supportLead:
    'Něco se pokazilo s vaší bankou nebo platbou? Rádi pomůžeme, od pondělí do pátku, 8:00 až 20:00.',
  supportPhone: 'Telefon',
  supportEmail: 'E-mail',
  supportCode: 'Pokud se vám zobrazil chybový kód, mějte ho prosím po ruce.',
  refusedHeading: 'Tento odkaz nelze použít',
  refusedStale: 'Patří k návštěvě banky, která už skončila nebo je příliš stará. Nic se nezměnilo.',
  refusedInvalid:
    'Neodpovídá žádné návštěvě banky zahájené v tomto prohlížeči, takže pro něj nemůžeme zobrazit výsledek. Nic se nezměnilo.',

  ordersHeading: 'Vaše objednávky',
  ordersEmpty: 'Zatím žádné objednávky: zaplaťte něco výše a objeví se zde i s výsledkem.',
  ordersUnavailable: 'Objednávky se nepodařilo načíst; za chvíli to zkusíme znovu.',
  orderColumns: { order: 'Objednávka', flow: 'Co', amount: 'Částka', status: 'Stav' },
  orderStatus: {
    open: 'Otevřená',
    completed: 'Odesláno',
    'completed-with-error': 'Selhalo',
    aborted: 'Zrušeno',
    expired: 'Vypršelo',
  },

  asideLabel: 'Jak to funguje',
  walkthroughHeading: 'Průvodce',
  walkthroughIdle: 'Spusťte postup: každý krok se rozsvítí, jakmile proběhne.',
  customer: 'Zákazník',
  backend: 'V pozadí',
  steps: {
    create: {
      title: 'Aplikace vytvoří zabezpečený formulář',
      customer: 'Vybere, co chce udělat. Aplikace vysvětlí, že bankovní část proběhne u finAPI.',
      backend:
        'Backend požádá finAPI o webový formulář jako uživatel finAPI tohoto zákazníka a zaregistruje callback. finAPI odpoví jednorázovým odkazem platným 20 minut.',
    },
    send: {
      title: 'Do banky',
      customer: 'Přejde na formulář finAPI, v této kartě nebo v nové.',
      backend:
        'Aplikace k odkazu přidá cesty zpět (úspěch, chyba, zrušení, podpora), každou vázanou na tuto návštěvu.',
    },
    bank: {
      title: 'V bance',
      customer: 'Vybere banku, přihlásí se a potvrdí kódem TAN (zde: simulátor).',
      backend:
        'finAPI hlásí „probíhá“. Aplikace sleduje stav přes svůj backend: živě posílaný, s pomalými dotazy jako pojistkou.',
    },
    end: {
      title: 'finAPI hlásí konec',
      customer: 'Při úspěchu je hned poslán zpět; po chybě nebo zrušení dostane odkaz zpět.',
      backend:
        'finAPI zavolá backend zpět. Backend přečte výsledek u finAPI a pošle ho aplikaci; když se callback ztratí, najdou ho jeho vlastní dotazy.',
    },
    back: {
      title: 'Zpět v aplikaci',
      customer: 'Přistane na návratové stránce aplikace, která chvíli ověřuje.',
      backend:
        'Aplikace ověří, že návrat patří k této návštěvě, a zeptá se svého backendu: adresa výsledek jen naznačuje, rozhoduje backend.',
    },
    outcome: {
      title: 'Výsledek',
      customer: 'Vidí srozumitelně, co se stalo, i další krok.',
      backend:
        'Výsledek (připojení k bance, platba nebo chybový kód) pochází od finAPI, nikdy z adresního řádku.',
    },
  },

  logHeading: 'Protokol událostí',
  clear: 'Vymazat',
  logEmpty: 'Spusťte postup a uvidíte krok za krokem, co dělá aplikace a její backend.',
  sources: { app: 'Aplikace', proxy: 'Backend' },
  sinceStart: '+{seconds} s',
  events: {
    createdWebForm: 'Aplikace nechala svůj backend vytvořit formulář',
    createdTask: 'Aplikace nechala svůj backend spustit aktualizaci',
    openedSameTab: 'Zákazník přešel na formulář banky v této kartě',
    openedNewTab: 'Zákazník přešel na formulář banky v nové kartě',
    popupBlocked: 'Prohlížeč zablokoval novou kartu; aplikace nabízí odkaz',
    webFormStatus: {
      NOT_YET_OPENED: 'Formulář je pro zákazníka připraven',
      IN_PROGRESS: 'Zákazník je v bance',
      COMPLETED: 'finAPI hlásí: hotovo',
      COMPLETED_WITH_ERROR: 'finAPI hlásí: skončilo chybou',
      EXPIRED: 'finAPI hlásí: platnost formuláře vypršela',
      ABORTED: 'finAPI hlásí: zákazník zrušil',
    },
    taskStatus: {
      NOT_YET_STARTED: 'Aktualizace čeká u finAPI',
      IN_PROGRESS: 'finAPI aktualizuje připojení k bance',
      WEB_FORM_REQUIRED: 'Banka potřebuje zákazníka: finAPI vytvořilo formulář',
      COMPLETED: 'finAPI hlásí: aktualizace je hotová',
      COMPLETED_WITH_ERROR: 'finAPI hlásí: aktualizace selhala',
    },
    returned: 'Zákazník se vrátil do aplikace (adresa říká „{via}“, jen náznak)',
    outcome: 'Backend potvrdil výsledek: {outcome}',
    outcomes: {
      completed: 'hotovo',
      'completed-with-error': 'chyba',
      expired: 'vypršelo',
      aborted: 'zrušeno',
    },
    cancelled: 'Zákazník zrušil v aplikaci; formulář byl smazán',
    pushConnected: 'Živé aktualizace připojeny',
    pushFailed: 'Živé aktualizace selhaly; aplikace se ptá každých pár sekund',
    error: 'Něco se pokazilo ({kind})',
    finapiCreate: 'Backend požádal finAPI o formulář',
    finapiCreateTask: 'Backend požádal finAPI o aktualizaci připojení k bance',
    finapiRead: 'Backend přečetl stav u finAPI',
    finapiDelete: 'Backend smazal formulář u finAPI',
    finapiOther: 'Backend zavolal finAPI',
    callbackAccepted: 'finAPI zavolalo backend zpět',
    callbackRefused: 'Backend odmítl callback ({reason})',
    pollError: 'Dotaz backendu na stav selhal ({code})',
    outcomeRecorded: 'Backend obchodu zaznamenal výsledek objednávky',
    /** `{seconds}` */
    outcomeRetry: 'Záznam výsledku selhal; nový pokus za {seconds} s',
    outcomeNotRecorded: 'Záznam výsledku definitivně selhal',
    proxyError: 'Backend nahlásil chybu',
  },
};
