import type { DemoMessages } from './en.ts';

export const de: DemoMessages = {
  lang: 'de',

  settings: 'Demo-Einstellungen',
  languageLabel: 'Sprache',
  themeLabel: 'Darstellung',
  themes: { system: 'Wie das System', light: 'Hell', dark: 'Dunkel' },
  openInLabel: 'Formular öffnen in',
  openIn: { 'same-tab': 'Diesem Tab', 'new-tab': 'Einem neuen Tab' },
  updatesLabel: 'Statusmeldungen',
  updates: { push: 'Push (Server-Sent Events)', polling: 'Nur Abfragen' },
  scenarioLabel: 'finAPI-Szenario',
  scenarios: {
    normal: {
      label: 'finAPI verhält sich normal',
      description: 'Callbacks kommen sofort; Formulare gelten 20 Minuten.',
    },
    'callback-delayed': {
      label: 'Callback verspätet',
      description:
        'finAPI ruft 8 Sekunden zu spät zurück; die eigenen Abfragen des Backends sind vielleicht schneller.',
    },
    'callback-dropped': {
      label: 'Callback verloren',
      description:
        'Kein Callback kommt an; die eigenen Abfragen des Backends müssen das Ergebnis finden.',
    },
    'slow-proxy': {
      label: 'Langsames finAPI',
      description: 'Jede Antwort von finAPI dauert 1,5 Sekunden.',
    },
    'short-expiry': {
      label: 'Kurze Gültigkeit',
      description: 'Neue Formulare laufen nach 30 Sekunden ab, um den Ablauf-Bildschirm zu zeigen.',
    },
  },
  scenarioRefused: 'Der Simulator hat das Szenario abgelehnt ({status}).',
  taskLabel: 'Hintergrund-Aktualisierung',
  taskModes: {
    'web-form-required': 'Bank fragt nach dem Kunden',
    complete: 'Gelingt im Hintergrund',
    fail: 'Scheitert im Hintergrund',
  },
  panelsLabel: 'Rundgang und Ereignisprotokoll zeigen',

  startHeading: 'Was möchten Sie tun?',
  startLead:
    'Jeder Ablauf führt Sie zu einem Bank- oder Zahlungsformular bei finAPI und wieder hierher zurück. In dieser Demo spielt ein finAPI-Simulator die Bank: Gehen Sie seine Schritte durch, oder beenden Sie das Formular sofort mit der Demo-Steuerung („Complete“, „Complete with error“, „Abort“), um jedes Ergebnis zu sehen.',
  flows: {
    'bank-connection-import': {
      title: 'Bankkonto verbinden',
      summary:
        'Der Kunde meldet sich im finAPI-Formular bei seiner Bank an; die App erhält eine Bankverbindung.',
    },
    'bank-connection-update': {
      title: 'Bankverbindung aktualisieren',
      summary:
        'Eine Aktualisierung im Hintergrund, die den Kunden nur braucht, wenn die Bank eine Anmeldung oder SCA verlangt.',
    },
    'standalone-payment': {
      title: 'Per Überweisung bezahlen',
      summary:
        'Eine einmalige SEPA-Überweisung, die der Kunde bei seiner Bank freigibt: Bezahlen ohne Karte.',
    },
    'standing-order': {
      title: 'Dauerauftrag einrichten',
      summary: 'Eine monatliche Überweisung vom Konto des Kunden, einmal freigegeben.',
    },
    'direct-debit-with-account-id': {
      title: 'Lastschrift einziehen',
      summary:
        'Der Händler zieht mit Mandat von einem Zahler ein, freigegeben bei der Bank des Händlers.',
    },
    'payment-with-account-id': {
      title: 'Von einem verbundenen Konto bezahlen',
      summary: 'Eine Überweisung von einem Konto, das der Kunde bereits verbunden hat.',
    },
    'bank-connection-update-form': {
      title: 'Bankverbindung aktualisieren (Web-Formular)',
      summary: 'Die Aktualisierung als Web-Formular, das der Kunde immer durchläuft.',
    },
  },

  loading: 'Wird geladen…',
  pageLoadErrorHeading: 'Diese Seite konnte nicht geladen werden',
  pageLoadErrorLead:
    'Prüfen Sie Ihre Verbindung und versuchen Sie es erneut. Es geht nichts verloren.',
  pageLoadErrorRetry: 'Erneut versuchen',
  notFoundHeading: 'Seite nicht gefunden',
  backToStart: 'Zurück zur Startseite',
  supportHeading: 'Kundenservice',
  supportLead:
    'Etwas hat mit Ihrer Bank oder Zahlung nicht geklappt? Wir helfen Ihnen gern, Montag bis Freitag von 8 bis 20 Uhr.',
  supportPhone: 'Telefon',
  supportEmail: 'E-Mail',
  supportCode: 'Falls Ihnen ein Fehlercode angezeigt wurde, halten Sie ihn bitte bereit.',
  refusedHeading: 'Dieser Link kann nicht verwendet werden',
  refusedStale:
    'Er gehört zu einem Bankbesuch, der schon beendet oder zu alt ist. Es wurde nichts geändert.',
  refusedInvalid:
    'Er passt zu keinem Bankbesuch, der in diesem Browser begonnen wurde, daher können wir kein Ergebnis dafür zeigen. Es wurde nichts geändert.',

  ordersHeading: 'Ihre Bestellungen',
  ordersEmpty:
    'Noch keine Bestellungen: Bezahlen Sie oben etwas, dann erscheint es hier mit seinem Ausgang.',
  ordersUnavailable:
    'Die Bestellungen konnten nicht geladen werden; gleich wird es erneut versucht.',
  orderColumns: { order: 'Bestellung', flow: 'Was', amount: 'Betrag', status: 'Status' },
  orderStatus: {
    open: 'Offen',
    completed: 'Eingereicht',
    'completed-with-error': 'Fehlgeschlagen',
    aborted: 'Abgebrochen',
    expired: 'Abgelaufen',
  },

  asideLabel: 'So funktioniert es',
  walkthroughHeading: 'Rundgang',
  walkthroughIdle: 'Starten Sie einen Ablauf: Jeder Schritt leuchtet auf, sobald er geschieht.',
  customer: 'Kunde',
  backend: 'Im Hintergrund',
  steps: {
    create: {
      title: 'Die App erstellt ein sicheres Formular',
      customer:
        'Wählt, was er tun möchte. Die App erklärt, dass der Bankteil bei finAPI stattfindet.',
      backend:
        'Das Backend bittet finAPI als finAPI-Nutzer des Kunden um ein Web-Formular und meldet einen Callback an. finAPI antwortet mit einem einmaligen Link, 20 Minuten gültig.',
    },
    send: {
      title: 'Auf zur Bank',
      customer: 'Geht zum finAPI-Formular, in diesem Tab oder einem neuen.',
      backend:
        'Die App hängt die Rückwege (Erfolg, Fehler, Abbruch, Kundenservice) an den Link, jeder an diesen Besuch gebunden.',
    },
    bank: {
      title: 'Bei der Bank',
      customer: 'Wählt die Bank, meldet sich an und bestätigt mit einer TAN (hier: der Simulator).',
      backend:
        'finAPI meldet „in Bearbeitung“. Die App verfolgt den Status über ihr Backend: live gepusht, mit langsamen Abfragen als Sicherheitsnetz.',
    },
    end: {
      title: 'finAPI meldet das Ende',
      customer:
        'Wird bei Erfolg sofort zurückgeschickt; nach einem Fehler oder Abbruch wird ein Link zurück angeboten.',
      backend:
        'finAPI ruft das Backend zurück. Das Backend liest das Ergebnis bei finAPI und pusht es an die App; geht der Callback verloren, finden es die eigenen Abfragen.',
    },
    back: {
      title: 'Zurück in der App',
      customer: 'Landet auf der Rückkehrseite der App, die kurz prüft.',
      backend:
        'Die App prüft, ob die Rückkehr zu diesem Besuch gehört, und fragt ihr Backend: Die Adresse deutet das Ergebnis nur an, das Backend entscheidet.',
    },
    outcome: {
      title: 'Das Ergebnis',
      customer: 'Sieht in klaren Worten, was passiert ist, mit dem nächsten Schritt.',
      backend:
        'Das Ergebnis (eine Bankverbindung, eine Zahlung oder ein Fehlercode) kommt von finAPI, nie aus der Adresszeile.',
    },
  },

  logHeading: 'Ereignisprotokoll',
  clear: 'Leeren',
  logEmpty:
    'Starten Sie einen Ablauf, um Schritt für Schritt zu sehen, was die App und ihr Backend tun.',
  sources: { app: 'App', proxy: 'Backend' },
  sinceStart: '+{seconds} s',
  events: {
    createdWebForm: 'Die App hat ihr Backend das Formular erstellen lassen',
    createdTask: 'Die App hat ihr Backend die Aktualisierung starten lassen',
    openedSameTab: 'Der Kunde ist in diesem Tab zum Formular der Bank gegangen',
    openedNewTab: 'Der Kunde ist in einem neuen Tab zum Formular der Bank gegangen',
    popupBlocked: 'Der Browser hat den neuen Tab blockiert; die App bietet einen Link an',
    webFormStatus: {
      NOT_YET_OPENED: 'Das Formular ist für den Kunden bereit',
      IN_PROGRESS: 'Der Kunde ist bei der Bank',
      COMPLETED: 'finAPI meldet: erledigt',
      COMPLETED_WITH_ERROR: 'finAPI meldet: mit einem Fehler beendet',
      EXPIRED: 'finAPI meldet: das Formular ist abgelaufen',
      ABORTED: 'finAPI meldet: der Kunde hat abgebrochen',
    },
    taskStatus: {
      NOT_YET_STARTED: 'Die Aktualisierung wartet bei finAPI',
      IN_PROGRESS: 'finAPI aktualisiert die Bankverbindung',
      WEB_FORM_REQUIRED: 'Die Bank braucht den Kunden: finAPI hat ein Formular erstellt',
      COMPLETED: 'finAPI meldet: die Aktualisierung ist erledigt',
      COMPLETED_WITH_ERROR: 'finAPI meldet: die Aktualisierung ist gescheitert',
    },
    returned: 'Der Kunde ist zur App zurückgekehrt (die Adresse sagt „{via}“, nur ein Hinweis)',
    outcome: 'Das Backend hat das Ergebnis bestätigt: {outcome}',
    outcomes: {
      completed: 'erledigt',
      'completed-with-error': 'ein Fehler',
      expired: 'abgelaufen',
      aborted: 'abgebrochen',
    },
    cancelled: 'Der Kunde hat in der App abgebrochen; das Formular wurde gelöscht',
    pushConnected: 'Live-Meldungen verbunden',
    pushFailed: 'Live-Meldungen gescheitert; die App fragt alle paar Sekunden nach',
    error: 'Etwas ist schiefgelaufen ({kind})',
    finapiCreate: 'Das Backend hat finAPI um ein Formular gebeten',
    finapiCreateTask: 'Das Backend hat finAPI gebeten, die Bankverbindung zu aktualisieren',
    finapiRead: 'Das Backend hat den Status bei finAPI gelesen',
    finapiDelete: 'Das Backend hat das Formular bei finAPI gelöscht',
    finapiOther: 'Das Backend hat finAPI aufgerufen',
    callbackAccepted: 'finAPI hat das Backend zurückgerufen',
    callbackRefused: 'Das Backend hat einen Callback abgelehnt ({reason})',
    pollError: 'Die Statusabfrage des Backends ist gescheitert ({code})',
    outcomeRecorded: 'Das Backend des Shops hat den Ausgang zur Bestellung gespeichert',
    /** `{seconds}` */
    outcomeRetry: 'Speichern des Ausgangs fehlgeschlagen; neuer Versuch in {seconds} s',
    outcomeNotRecorded: 'Speichern des Ausgangs endgültig fehlgeschlagen',
    proxyError: 'Das Backend hat einen Fehler gemeldet',
  },
};
