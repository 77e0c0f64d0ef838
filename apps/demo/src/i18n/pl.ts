import type { DemoMessages } from './en.ts';

export const pl: DemoMessages = {
  lang: 'pl',

  settings: 'Ustawienia demo',
  languageLabel: 'Język',
  themeLabel: 'Motyw',
  themes: { system: 'Jak w systemie', light: 'Jasny', dark: 'Ciemny' },
  openInLabel: 'Otwórz formularz w',
  openIn: { 'same-tab': 'Tej karcie', 'new-tab': 'Nowej karcie' },
  updatesLabel: 'Aktualizacje statusu',
  updates: { push: 'Push (Server-Sent Events)', polling: 'Tylko odpytywanie' },
  scenarioLabel: 'Scenariusz finAPI',
  scenarios: {
    normal: {
      label: 'finAPI działa',
      description: 'Callbacki przychodzą od razu; formularze są ważne 20 minut.',
    },
    'callback-delayed': {
      label: 'Opóźniony callback',
      description:
        'finAPI oddzwania 8 sekund później; własne sprawdzanie backendu może być szybsze.',
    },
    'callback-dropped': {
      label: 'Utracony callback',
      description: 'Żaden callback nie dociera; wynik musi znaleźć własne sprawdzanie backendu.',
    },
    'slow-proxy': {
      label: 'Wolne finAPI',
      description: 'Każda odpowiedź finAPI trwa 1,5 sekundy.',
    },
    'short-expiry': {
      label: 'Krótka ważność',
      description: 'Nowe formularze wygasają po 30 sekundach, aby pokazać ekran wygaśnięcia.',
    },
  },
  scenarioRefused: 'Symulator odrzucił scenariusz ({status}).',
  taskLabel: 'Aktualizacja w tle',
  taskModes: {
    'web-form-required': 'Bank potrzebuje klienta',
    complete: 'Udaje się w tle',
    fail: 'Nie udaje się w tle',
  },
  panelsLabel: 'Pokaż przewodnik i dziennik zdarzeń',

  startHeading: 'Co chcesz zrobić?',
  startLead:
    'Każdy proces prowadzi Cię do formularza bankowego lub płatniczego w finAPI i z powrotem tutaj. W tym demo bank gra symulator finAPI: przejdź jego kroki albo zakończ formularz od razu przyciskami demo („Complete”, „Complete with error”, „Abort”), aby zobaczyć każdy wynik.',
  flows: {
    'bank-connection-import': {
      title: 'Połącz konto bankowe',
      summary:
        'Klient loguje się do swojego banku w formularzu finAPI; aplikacja otrzymuje połączenie z bankiem.',
    },
    'bank-connection-update': {
      title: 'Zaktualizuj połączenie z bankiem',
      summary:
        'Aktualizacja w tle, która potrzebuje klienta tylko wtedy, gdy bank prosi o logowanie lub SCA.',
    },
    'standalone-payment': {
      title: 'Zapłać przelewem',
      summary:
        'Jednorazowy przelew SEPA, który klient zatwierdza w swoim banku: płatność bez karty.',
    },
    'standing-order': {
      title: 'Ustaw zlecenie stałe',
      summary: 'Comiesięczny przelew z konta klienta, zatwierdzony raz.',
    },
    'direct-debit-with-account-id': {
      title: 'Pobierz polecenie zapłaty',
      summary:
        'Sprzedawca pobiera należność od płatnika na podstawie mandatu, zatwierdzone w banku sprzedawcy.',
    },
    'payment-with-account-id': {
      title: 'Zapłać z połączonego konta',
      summary: 'Przelew z konta, które klient już połączył.',
    },
    'bank-connection-update-form': {
      title: 'Zaktualizuj połączenie z bankiem (formularz)',
      summary: 'Aktualizacja jako formularz, przez który klient zawsze przechodzi.',
    },
  },

  loading: 'Ładowanie…',
  pageLoadErrorHeading: 'Nie udało się wczytać tej strony',
  pageLoadErrorLead: 'Sprawdź połączenie i spróbuj ponownie. Nic nie zostało utracone.',
  pageLoadErrorRetry: 'Spróbuj ponownie',
  notFoundHeading: 'Nie znaleziono strony',
  backToStart: 'Wróć do strony startowej',
  supportHeading: 'Obsługa klienta',
  supportLead:
    'Coś poszło nie tak z Twoim bankiem lub płatnością? Chętnie pomożemy, od poniedziałku do piątku w godzinach 8:00–20:00.',
  supportPhone: 'Telefon',
  supportEmail: 'E-mail',
  supportCode: 'Jeśli wyświetlił się kod błędu, miej go pod ręką.',
  refusedHeading: 'Tego linku nie można użyć',
  refusedStale:
    'Należy do wizyty w banku, która już się zakończyła lub jest zbyt stara. Nic nie zmieniono.',
  refusedInvalid:
    'Nie pasuje do żadnej wizyty w banku rozpoczętej w tej przeglądarce, więc nie możemy pokazać dla niego wyniku. Nic nie zmieniono.',

  ordersHeading: 'Twoje zamówienia',
  ordersEmpty: 'Brak zamówień: zapłać za coś powyżej, a pojawi się tutaj wraz z wynikiem.',
  ordersUnavailable: 'Nie udało się wczytać zamówień; za chwilę nastąpi kolejna próba.',
  orderColumns: { order: 'Zamówienie', flow: 'Co', amount: 'Kwota', status: 'Status' },
  orderStatus: {
    open: 'Otwarte',
    completed: 'Zlecone',
    'completed-with-error': 'Nieudane',
    aborted: 'Anulowane',
    expired: 'Wygasłe',
  },

  asideLabel: 'Jak to działa',
  walkthroughHeading: 'Przewodnik',
  walkthroughIdle: 'Rozpocznij proces: każdy krok zaświeci się, gdy nastąpi.',
  customer: 'Klient',
  backend: 'Za kulisami',
  steps: {
    create: {
      title: 'Aplikacja tworzy bezpieczny formularz',
      customer:
        'Wybiera, co chce zrobić. Aplikacja wyjaśnia, że część bankowa odbywa się w finAPI.',
      backend:
        'Backend prosi finAPI o formularz jako użytkownik finAPI tego klienta i rejestruje callback. finAPI odpowiada jednorazowym linkiem ważnym 20 minut.',
    },
    send: {
      title: 'Do banku',
      customer: 'Przechodzi do formularza finAPI, w tej karcie lub w nowej.',
      backend:
        'Aplikacja dodaje do linku drogi powrotu (sukces, błąd, anulowanie, pomoc), każdą powiązaną z tą wizytą.',
    },
    bank: {
      title: 'W banku',
      customer: 'Wybiera bank, loguje się i potwierdza kodem TAN (tutaj: symulator).',
      backend:
        'finAPI zgłasza „w toku”. Aplikacja śledzi status przez swój backend: wysyłany na żywo, z wolnym sprawdzaniem jako zabezpieczeniem.',
    },
    end: {
      title: 'finAPI zgłasza koniec',
      customer: 'Po sukcesie wraca od razu; po błędzie lub anulowaniu dostaje link powrotny.',
      backend:
        'finAPI oddzwania do backendu. Backend odczytuje wynik w finAPI i wysyła go do aplikacji; jeśli callback zginie, znajdzie go jego własne sprawdzanie.',
    },
    back: {
      title: 'Z powrotem w aplikacji',
      customer: 'Trafia na stronę powrotu aplikacji, która przez chwilę sprawdza.',
      backend:
        'Aplikacja sprawdza, czy powrót należy do tej wizyty, i pyta swój backend: adres tylko sugeruje wynik, decyduje backend.',
    },
    outcome: {
      title: 'Wynik',
      customer: 'Widzi prostymi słowami, co się stało, wraz z kolejnym krokiem.',
      backend:
        'Wynik (połączenie z bankiem, płatność lub kod błędu) pochodzi z finAPI, nigdy z paska adresu.',
    },
  },

  logHeading: 'Dziennik zdarzeń',
  clear: 'Wyczyść',
  logEmpty: 'Rozpocznij proces, aby krok po kroku zobaczyć, co robią aplikacja i jej backend.',
  sources: { app: 'Aplikacja', proxy: 'Backend' },
  sinceStart: '+{seconds} s',
  events: {
    createdWebForm: 'Aplikacja zleciła backendowi utworzenie formularza',
    createdTask: 'Aplikacja zleciła backendowi rozpoczęcie aktualizacji',
    openedSameTab: 'Klient przeszedł do formularza banku w tej karcie',
    openedNewTab: 'Klient przeszedł do formularza banku w nowej karcie',
    popupBlocked: 'Przeglądarka zablokowała nową kartę; aplikacja oferuje link',
    webFormStatus: {
      NOT_YET_OPENED: 'Formularz czeka na klienta',
      IN_PROGRESS: 'Klient jest w banku',
      COMPLETED: 'finAPI zgłasza: gotowe',
      COMPLETED_WITH_ERROR: 'finAPI zgłasza: zakończone błędem',
      EXPIRED: 'finAPI zgłasza: formularz wygasł',
      ABORTED: 'finAPI zgłasza: klient anulował',
    },
    taskStatus: {
      NOT_YET_STARTED: 'Aktualizacja czeka w finAPI',
      IN_PROGRESS: 'finAPI aktualizuje połączenie z bankiem',
      WEB_FORM_REQUIRED: 'Bank potrzebuje klienta: finAPI utworzyło formularz',
      COMPLETED: 'finAPI zgłasza: aktualizacja gotowa',
      COMPLETED_WITH_ERROR: 'finAPI zgłasza: aktualizacja się nie udała',
    },
    returned: 'Klient wrócił do aplikacji (adres mówi „{via}”, to tylko wskazówka)',
    outcome: 'Backend potwierdził wynik: {outcome}',
    outcomes: {
      completed: 'gotowe',
      'completed-with-error': 'błąd',
      expired: 'wygasło',
      aborted: 'anulowano',
    },
    cancelled: 'Klient anulował w aplikacji; formularz usunięto',
    pushConnected: 'Aktualizacje na żywo połączone',
    pushFailed: 'Aktualizacje na żywo zawiodły; aplikacja sprawdza co kilka sekund',
    error: 'Coś poszło nie tak ({kind})',
    finapiCreate: 'Backend poprosił finAPI o formularz',
    finapiCreateTask: 'Backend poprosił finAPI o aktualizację połączenia z bankiem',
    finapiRead: 'Backend odczytał status w finAPI',
    finapiDelete: 'Backend usunął formularz w finAPI',
    finapiOther: 'Backend wywołał finAPI',
    callbackAccepted: 'finAPI oddzwoniło do backendu',
    callbackRefused: 'Backend odrzucił callback ({reason})',
    pollError: 'Sprawdzenie statusu przez backend nie powiodło się ({code})',
    outcomeRecorded: 'Backend sklepu zapisał wynik zamówienia',
    /** `{seconds}` */
    outcomeRetry: 'Zapis wyniku nie powiódł się; ponowna próba za {seconds} s',
    outcomeNotRecorded: 'Zapis wyniku ostatecznie się nie powiódł',
    proxyError: 'Backend zgłosił błąd',
  },
};
