import type { DemoMessages } from './en.ts';

export const sk: DemoMessages = {
  lang: 'sk',

  settings: 'Nastavenia dema',
  languageLabel: 'Jazyk',
  themeLabel: 'Vzhľad',
  themes: { system: 'Podľa systému', light: 'Svetlý', dark: 'Tmavý' },
  openInLabel: 'Otvoriť formulár v',
  openIn: { 'same-tab': 'Tejto karte', 'new-tab': 'Novej karte' },
  updatesLabel: 'Aktualizácie stavu',
  updates: { push: 'Push (Server-Sent Events)', polling: 'Len dopytovanie' },
  scenarioLabel: 'Scenár finAPI',
  scenarios: {
    normal: {
      label: 'finAPI funguje',
      description: 'Callbacky prichádzajú hneď; formuláre platia 20 minút.',
    },
    'callback-delayed': {
      label: 'Oneskorený callback',
      description:
        'finAPI volá späť o 8 sekúnd neskôr; vlastné dopyty backendu môžu byť rýchlejšie.',
    },
    'callback-dropped': {
      label: 'Stratený callback',
      description: 'Žiadny callback nepríde; výsledok musia nájsť vlastné dopyty backendu.',
    },
    'slow-proxy': { label: 'Pomalé finAPI', description: 'Každá odpoveď finAPI trvá 1,5 sekundy.' },
    'short-expiry': {
      label: 'Krátka platnosť',
      description: 'Nové formuláre vypršia po 30 sekundách, aby bolo vidieť obrazovku vypršania.',
    },
  },
  scenarioRefused: 'Simulátor scenár odmietol ({status}).',
  taskLabel: 'Aktualizácia na pozadí',
  taskModes: {
    'web-form-required': 'Banka potrebuje zákazníka',
    complete: 'Prebehne na pozadí',
    fail: 'Zlyhá na pozadí',
  },
  panelsLabel: 'Zobraziť sprievodcu a protokol udalostí',

  startHeading: 'Čo chcete urobiť?',
  startLead:
    'Každý postup vás pošle na bankový alebo platobný formulár vo finAPI a zasa späť sem. V tomto deme hrá banku simulátor finAPI: prejdite jeho kroky, alebo formulár hneď ukončite ovládaním dema („Complete“, „Complete with error“, „Abort“) a uvidíte každý výsledok.',
  flows: {
    'bank-connection-import': {
      title: 'Prepojiť bankový účet',
      summary:
        'Zákazník sa vo formulári finAPI prihlási do svojej banky; aplikácia získa pripojenie k banke.',
    },
    'bank-connection-update': {
      title: 'Aktualizovať pripojenie k banke',
      summary:
        'Aktualizácia na pozadí, ktorá zákazníka potrebuje, len keď banka žiada prihlásenie alebo SCA.',
    },
    'standalone-payment': {
      title: 'Zaplatiť bankovým prevodom',
      summary: 'Jednorazový prevod SEPA, ktorý zákazník schváli vo svojej banke: platba bez karty.',
    },
    'standing-order': {
      title: 'Nastaviť trvalý príkaz',
      summary: 'Mesačný prevod z účtu zákazníka, schválený raz.',
    },
    'direct-debit-with-account-id': {
      title: 'Inkasovať platbu',
      summary: 'Obchodník inkasuje od platiteľa na základe mandátu, schválené v banke obchodníka.',
    },
    'payment-with-account-id': {
      title: 'Zaplatiť z prepojeného účtu',
      summary: 'Prevod z účtu, ktorý zákazník už prepojil.',
    },
    'bank-connection-update-form': {
      title: 'Aktualizovať pripojenie k banke (webový formulár)',
      summary: 'Aktualizácia ako webový formulár, ktorým zákazník vždy prejde.',
    },
  },

  loading: 'Načítava sa…',
  pageLoadErrorHeading: 'Túto stránku sa nepodarilo načítať',
  pageLoadErrorLead: 'Skontrolujte pripojenie a skúste to znova. Nič sa nestratilo.',
  pageLoadErrorRetry: 'Skúsiť znova',
  notFoundHeading: 'Stránka sa nenašla',
  backToStart: 'Späť na úvodnú stránku',
  supportHeading: 'Zákaznícka podpora',
  supportLead:
    'Niečo sa pokazilo s vašou bankou alebo platbou? Radi pomôžeme, od pondelka do piatka, 8:00 až 20:00.',
  supportPhone: 'Telefón',
  supportEmail: 'E-mail',
  supportCode: 'Ak sa vám zobrazil chybový kód, majte ho, prosím, poruke.',
  refusedHeading: 'Tento odkaz sa nedá použiť',
  refusedStale:
    'Patrí k návšteve banky, ktorá sa už skončila alebo je príliš stará. Nič sa nezmenilo.',
  refusedInvalid:
    'Nezodpovedá žiadnej návšteve banky začatej v tomto prehliadači, takže preň nemôžeme zobraziť výsledok. Nič sa nezmenilo.',

  ordersHeading: 'Vaše objednávky',
  ordersEmpty: 'Zatiaľ žiadne objednávky: zaplaťte niečo vyššie a zobrazí sa tu aj s výsledkom.',
  ordersUnavailable: 'Objednávky sa nepodarilo načítať; o chvíľu to skúsime znova.',
  orderColumns: { order: 'Objednávka', flow: 'Čo', amount: 'Suma', status: 'Stav' },
  orderStatus: {
    open: 'Otvorená',
    completed: 'Odoslané',
    'completed-with-error': 'Zlyhalo',
    aborted: 'Zrušené',
    expired: 'Vypršalo',
  },

  asideLabel: 'Ako to funguje',
  walkthroughHeading: 'Sprievodca',
  walkthroughIdle: 'Spustite postup: každý krok sa rozsvieti, hneď ako prebehne.',
  customer: 'Zákazník',
  backend: 'V pozadí',
  steps: {
    create: {
      title: 'Aplikácia vytvorí zabezpečený formulár',
      customer: 'Vyberie, čo chce urobiť. Aplikácia vysvetlí, že banková časť prebehne vo finAPI.',
      backend:
        'Backend požiada finAPI o webový formulár ako používateľ finAPI tohto zákazníka a zaregistruje callback. finAPI odpovie jednorazovým odkazom platným 20 minút.',
    },
    send: {
      title: 'Do banky',
      customer: 'Prejde na formulár finAPI, v tejto karte alebo v novej.',
      backend:
        'Aplikácia k odkazu pridá cesty späť (úspech, chyba, zrušenie, podpora), každú viazanú na túto návštevu.',
    },
    bank: {
      title: 'V banke',
      customer: 'Vyberie banku, prihlási sa a potvrdí kódom TAN (tu: simulátor).',
      backend:
        'finAPI hlási „prebieha“. Aplikácia sleduje stav cez svoj backend: živo posielaný, s pomalými dopytmi ako poistkou.',
    },
    end: {
      title: 'finAPI hlási koniec',
      customer: 'Pri úspechu je hneď poslaný späť; po chybe alebo zrušení dostane odkaz späť.',
      backend:
        'finAPI zavolá backend späť. Backend prečíta výsledok vo finAPI a pošle ho aplikácii; keď sa callback stratí, nájdu ho jeho vlastné dopyty.',
    },
    back: {
      title: 'Späť v aplikácii',
      customer: 'Pristane na návratovej stránke aplikácie, ktorá chvíľu overuje.',
      backend:
        'Aplikácia overí, že návrat patrí k tejto návšteve, a opýta sa svojho backendu: adresa výsledok len naznačuje, rozhoduje backend.',
    },
    outcome: {
      title: 'Výsledok',
      customer: 'Vidí zrozumiteľne, čo sa stalo, aj ďalší krok.',
      backend:
        'Výsledok (pripojenie k banke, platba alebo chybový kód) pochádza z finAPI, nikdy z adresného riadka.',
    },
  },

  logHeading: 'Protokol udalostí',
  clear: 'Vymazať',
  logEmpty: 'Spustite postup a uvidíte krok za krokom, čo robí aplikácia a jej backend.',
  sources: { app: 'Aplikácia', proxy: 'Backend' },
  sinceStart: '+{seconds} s',
  events: {
    createdWebForm: 'Aplikácia nechala svoj backend vytvoriť formulár',
    createdTask: 'Aplikácia nechala svoj backend spustiť aktualizáciu',
    openedSameTab: 'Zákazník prešiel na formulár banky v tejto karte',
    openedNewTab: 'Zákazník prešiel na formulár banky v novej karte',
    popupBlocked: 'Prehliadač zablokoval novú kartu; aplikácia ponúka odkaz',
    webFormStatus: {
      NOT_YET_OPENED: 'Formulár je pre zákazníka pripravený',
      IN_PROGRESS: 'Zákazník je v banke',
      COMPLETED: 'finAPI hlási: hotovo',
      COMPLETED_WITH_ERROR: 'finAPI hlási: skončilo chybou',
      EXPIRED: 'finAPI hlási: platnosť formulára vypršala',
      ABORTED: 'finAPI hlási: zákazník zrušil',
    },
    taskStatus: {
      NOT_YET_STARTED: 'Aktualizácia čaká vo finAPI',
      IN_PROGRESS: 'finAPI aktualizuje pripojenie k banke',
      WEB_FORM_REQUIRED: 'Banka potrebuje zákazníka: finAPI vytvorilo formulár',
      COMPLETED: 'finAPI hlási: aktualizácia je hotová',
      COMPLETED_WITH_ERROR: 'finAPI hlási: aktualizácia zlyhala',
    },
    returned: 'Zákazník sa vrátil do aplikácie (adresa hovorí „{via}“, len náznak)',
    outcome: 'Backend potvrdil výsledok: {outcome}',
    outcomes: {
      completed: 'hotovo',
      'completed-with-error': 'chyba',
      expired: 'vypršalo',
      aborted: 'zrušené',
    },
    cancelled: 'Zákazník zrušil v aplikácii; formulár bol vymazaný',
    pushConnected: 'Živé aktualizácie pripojené',
    pushFailed: 'Živé aktualizácie zlyhali; aplikácia sa pýta každých pár sekúnd',
    error: 'Niečo sa pokazilo ({kind})',
    finapiCreate: 'Backend požiadal finAPI o formulár',
    finapiCreateTask: 'Backend požiadal finAPI o aktualizáciu pripojenia k banke',
    finapiRead: 'Backend prečítal stav vo finAPI',
    finapiDelete: 'Backend vymazal formulár vo finAPI',
    finapiOther: 'Backend zavolal finAPI',
    callbackAccepted: 'finAPI zavolalo backend späť',
    callbackRefused: 'Backend odmietol callback ({reason})',
    pollError: 'Dopyt backendu na stav zlyhal ({code})',
    outcomeRecorded: 'Backend obchodu zaznamenal výsledok objednávky',
    /** `{seconds}` */
    outcomeRetry: 'Záznam výsledku zlyhal; nový pokus o {seconds} s',
    outcomeNotRecorded: 'Záznam výsledku definitívne zlyhal',
    proxyError: 'Backend nahlásil chybu',
  },
};
