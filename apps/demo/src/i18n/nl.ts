import type { DemoMessages } from './en.ts';

export const nl: DemoMessages = {
  lang: 'nl',

  settings: 'Demo-instellingen',
  languageLabel: 'Taal',
  themeLabel: 'Thema',
  themes: { system: 'Zoals het systeem', light: 'Licht', dark: 'Donker' },
  openInLabel: 'Formulier openen in',
  openIn: { 'same-tab': 'Dit tabblad', 'new-tab': 'Een nieuw tabblad' },
  updatesLabel: 'Statusupdates',
  updates: { push: 'Push (Server-Sent Events)', polling: 'Alleen opvragen' },
  scenarioLabel: 'finAPI-scenario',
  scenarios: {
    normal: {
      label: 'finAPI werkt',
      description: 'Callbacks komen meteen; formulieren blijven 20 minuten geldig.',
    },
    'callback-delayed': {
      label: 'Callback vertraagd',
      description:
        'finAPI belt 8 seconden te laat terug; de eigen controles van de backend zijn misschien eerder.',
    },
    'callback-dropped': {
      label: 'Callback verloren',
      description:
        'Er komt geen callback; de eigen controles van de backend moeten de uitkomst vinden.',
    },
    'slow-proxy': {
      label: 'Trage finAPI',
      description: 'Elk antwoord van finAPI duurt 1,5 seconde.',
    },
    'short-expiry': {
      label: 'Korte geldigheid',
      description: 'Nieuwe formulieren verlopen na 30 seconden, om het verlopen-scherm te tonen.',
    },
  },
  scenarioRefused: 'De simulator heeft het scenario geweigerd ({status}).',
  taskLabel: 'Update op de achtergrond',
  taskModes: {
    'web-form-required': 'Bank vraagt om de klant',
    complete: 'Lukt op de achtergrond',
    fail: 'Mislukt op de achtergrond',
  },
  panelsLabel: 'Rondleiding en gebeurtenissenlog tonen',

  startHeading: 'Wat wil je doen?',
  startLead:
    'Elke flow stuurt je naar een bank- of betaalformulier van finAPI en brengt je weer hier terug. In deze demo speelt een finAPI-simulator de bank: doorloop de stappen, of rond het formulier meteen af met de demo-bediening (‘Complete’, ‘Complete with error’, ‘Abort’) om elke uitkomst te zien.',
  flows: {
    'bank-connection-import': {
      title: 'Bankrekening koppelen',
      summary:
        'De klant logt in het finAPI-formulier in bij de eigen bank; de app krijgt een bankkoppeling.',
    },
    'bank-connection-update': {
      title: 'Bankkoppeling bijwerken',
      summary:
        'Een update op de achtergrond die de klant alleen nodig heeft als de bank om een login of SCA vraagt.',
    },
    'standalone-payment': {
      title: 'Betalen per overboeking',
      summary:
        'Een eenmalige SEPA-overboeking die de klant bij de eigen bank goedkeurt: afrekenen zonder kaart.',
    },
    'standing-order': {
      title: 'Periodieke overboeking instellen',
      summary: 'Een maandelijkse overboeking vanaf de rekening van de klant, één keer goedgekeurd.',
    },
    'direct-debit-with-account-id': {
      title: 'Incasso innen',
      summary:
        'De verkoper int met een machtiging bij een betaler, goedgekeurd bij de bank van de verkoper.',
    },
    'payment-with-account-id': {
      title: 'Betalen vanaf een gekoppelde rekening',
      summary: 'Een overboeking vanaf een rekening die de klant al heeft gekoppeld.',
    },
    'bank-connection-update-form': {
      title: 'Bankkoppeling bijwerken (webformulier)',
      summary: 'De update als webformulier dat de klant altijd doorloopt.',
    },
  },

  loading: 'Bezig met laden…',
  pageLoadErrorHeading: 'Deze pagina kon niet worden geladen',
  pageLoadErrorLead: 'Controleer uw verbinding en probeer het opnieuw. Er gaat niets verloren.',
  pageLoadErrorRetry: 'Opnieuw proberen',
  notFoundHeading: 'Pagina niet gevonden',
  backToStart: 'Terug naar de startpagina',
  supportHeading: 'Klantenservice',
  supportLead:
    'Ging er iets mis met je bank of betaling? We helpen je graag, maandag tot en met vrijdag van 8.00 tot 20.00 uur.',
  supportPhone: 'Telefoon',
  supportEmail: 'E-mail',
  supportCode: 'Kreeg je een foutcode te zien? Houd die dan bij de hand.',
  refusedHeading: 'Deze link kan niet worden gebruikt',
  refusedStale:
    'Hij hoort bij een bankbezoek dat al is afgerond of te oud is. Er is niets gewijzigd.',
  refusedInvalid:
    'Hij past bij geen enkel bankbezoek dat in deze browser is gestart, dus we kunnen er geen uitkomst voor tonen. Er is niets gewijzigd.',

  ordersHeading: 'Uw bestellingen',
  ordersEmpty:
    'Nog geen bestellingen: betaal hierboven iets en het verschijnt hier, met hoe het afliep.',
  ordersUnavailable:
    'De bestellingen konden niet worden geladen; zo meteen wordt het opnieuw geprobeerd.',
  orderColumns: { order: 'Bestelling', flow: 'Wat', amount: 'Bedrag', status: 'Status' },
  orderStatus: {
    open: 'Open',
    completed: 'Ingediend',
    'completed-with-error': 'Mislukt',
    aborted: 'Geannuleerd',
    expired: 'Verlopen',
  },

  asideLabel: 'Zo werkt het',
  walkthroughHeading: 'Rondleiding',
  walkthroughIdle: 'Start een flow: elke stap licht op zodra hij gebeurt.',
  customer: 'Klant',
  backend: 'Achter de schermen',
  steps: {
    create: {
      title: 'De app maakt een beveiligd formulier',
      customer: 'Kiest wat hij wil doen. De app legt uit dat het bankgedeelte bij finAPI gebeurt.',
      backend:
        'De backend vraagt finAPI om een webformulier, als finAPI-gebruiker van deze klant, en meldt een callback aan. finAPI antwoordt met een eenmalige link, 20 minuten geldig.',
    },
    send: {
      title: 'Naar de bank',
      customer: 'Gaat naar het finAPI-formulier, in dit tabblad of een nieuw.',
      backend:
        'De app voegt de wegen terug (gelukt, fout, geannuleerd, hulp) aan de link toe, elk gebonden aan dit bezoek.',
    },
    bank: {
      title: 'Bij de bank',
      customer: 'Kiest de bank, logt in en bevestigt met een TAN (hier: de simulator).',
      backend:
        'finAPI meldt ‘bezig’. De app volgt de status via haar backend: live doorgestuurd, met trage controles als vangnet.',
    },
    end: {
      title: 'finAPI meldt het einde',
      customer:
        'Gaat bij succes meteen terug; na een fout of annulering krijgt hij een link terug.',
      backend:
        'finAPI belt de backend terug. De backend leest de uitkomst bij finAPI en stuurt die naar de app; gaat de callback verloren, dan vinden de eigen controles hem.',
    },
    back: {
      title: 'Terug in de app',
      customer: 'Komt op de terugkeerpagina van de app, die even controleert.',
      backend:
        'De app controleert of de terugkeer bij dit bezoek hoort en vraagt het aan haar backend: het adres hint alleen naar de uitkomst, de backend beslist.',
    },
    outcome: {
      title: 'De uitkomst',
      customer: 'Ziet in gewone woorden wat er gebeurd is, met de volgende stap.',
      backend:
        'De uitkomst (een bankkoppeling, een betaling of een foutcode) komt van finAPI, nooit uit de adresbalk.',
    },
  },

  logHeading: 'Gebeurtenissenlog',
  clear: 'Wissen',
  logEmpty: 'Start een flow om stap voor stap te zien wat de app en haar backend doen.',
  sources: { app: 'App', proxy: 'Backend' },
  sinceStart: '+{seconds} s',
  events: {
    createdWebForm: 'De app liet haar backend het formulier maken',
    createdTask: 'De app liet haar backend de update starten',
    openedSameTab: 'De klant ging in dit tabblad naar het formulier van de bank',
    openedNewTab: 'De klant ging in een nieuw tabblad naar het formulier van de bank',
    popupBlocked: 'De browser blokkeerde het nieuwe tabblad; de app biedt een link',
    webFormStatus: {
      NOT_YET_OPENED: 'Het formulier staat klaar voor de klant',
      IN_PROGRESS: 'De klant is bij de bank',
      COMPLETED: 'finAPI meldt: klaar',
      COMPLETED_WITH_ERROR: 'finAPI meldt: geëindigd met een fout',
      EXPIRED: 'finAPI meldt: het formulier is verlopen',
      ABORTED: 'finAPI meldt: de klant heeft geannuleerd',
    },
    taskStatus: {
      NOT_YET_STARTED: 'De update wacht bij finAPI',
      IN_PROGRESS: 'finAPI werkt de bankkoppeling bij',
      WEB_FORM_REQUIRED: 'De bank heeft de klant nodig: finAPI maakte een formulier',
      COMPLETED: 'finAPI meldt: de update is klaar',
      COMPLETED_WITH_ERROR: 'finAPI meldt: de update is mislukt',
    },
    returned: 'De klant kwam terug in de app (het adres zegt ‘{via}’, alleen een hint)',
    outcome: 'De backend bevestigde de uitkomst: {outcome}',
    outcomes: {
      completed: 'klaar',
      'completed-with-error': 'een fout',
      expired: 'verlopen',
      aborted: 'geannuleerd',
    },
    cancelled: 'De klant annuleerde in de app; het formulier is verwijderd',
    pushConnected: 'Live-updates verbonden',
    pushFailed: 'Live-updates mislukt; de app kijkt om de paar seconden',
    error: 'Er ging iets mis ({kind})',
    finapiCreate: 'De backend vroeg finAPI om een formulier',
    finapiCreateTask: 'De backend vroeg finAPI de bankkoppeling bij te werken',
    finapiRead: 'De backend las de status bij finAPI',
    finapiDelete: 'De backend verwijderde het formulier bij finAPI',
    finapiOther: 'De backend riep finAPI aan',
    callbackAccepted: 'finAPI belde de backend terug',
    callbackRefused: 'De backend weigerde een callback ({reason})',
    pollError: 'De statuscontrole van de backend mislukte ({code})',
    outcomeRecorded: 'De backend van de winkel heeft de afloop van de bestelling vastgelegd',
    /** `{seconds}` */
    outcomeRetry: 'Vastleggen van de afloop mislukt; nieuwe poging over {seconds} s',
    outcomeNotRecorded: 'Vastleggen van de afloop definitief mislukt',
    proxyError: 'De backend meldde een fout',
  },
};
