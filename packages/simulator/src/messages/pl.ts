import type { HostedPageMessages } from './HostedPageMessages.ts';

export const pl: HostedPageMessages = {
  lang: 'pl',
  languageName: 'Polski',

  secureConnection: 'Bezpieczne połączenie',
  footer:
    'Symulator finAPI Web Form 2.0, część webform-kit. Żaden prawdziwy bank nie bierze udziału.',
  languageLabel: 'Język',
  languageSubmit: 'Zmień',

  progressLabel: 'Postęp',
  stepOf: 'Krok {step} z {total}',
  stepNames: { bank: 'Bank', login: 'Logowanie', review: 'Sprawdzenie', tan: 'Potwierdzenie' },
  purpose: {
    connect: 'Połącz swoje konto bankowe, aby aplikacja mogła pokazać Twoje konta i transakcje.',
    update: 'Odnów dostęp aplikacji do Twojego konta bankowego.',
    payment: 'Zatwierdź przelew ze swojego konta bankowego.',
    standingOrder: 'Ustaw zlecenie stałe ze swojego konta bankowego.',
    directDebit: 'Zatwierdź pobranie poleceń zapłaty na swoje konto bankowe.',
  },

  bankHeading: 'Wybierz swój bank',
  bankLegend: 'Twój bank',
  bankDetails: 'BIC {bic} · kod banku {blz}',

  loginHeading: 'Zaloguj się do {bank}',
  userIdLabel: 'Identyfikator bankowości internetowej',
  pinLabel: 'PIN',
  loginHint: 'Ten bank jest symulowany: każde logowanie działa i nic nie jest wysyłane do banku.',

  reviewHeading: {
    payment: 'Sprawdź płatność',
    standingOrder: 'Sprawdź zlecenie stałe',
    directDebit: 'Sprawdź polecenie zapłaty',
  },

  tanHeading: 'Potwierdź kodem TAN',
  tanIntro: '{bank} wysłał kod TAN do Twojej aplikacji bankowej.',
  tanLabel: 'TAN',
  tanHint: 'Symulowany bank: działa dowolne sześć cyfr.',

  amount: 'Kwota',
  total: 'Razem',
  to: 'Odbiorca',
  from: 'Płatnik',
  iban: 'IBAN',
  reference: 'Tytuł',
  executionDate: 'Data realizacji',
  firstPayment: 'Pierwsza płatność',
  lastPayment: 'Ostatnia płatność',
  frequency: 'Częstotliwość',
  frequencies: {
    MONTHLY: 'Co miesiąc',
    EVERY_TWO_MONTHS: 'Co dwa miesiące',
    QUARTERLY: 'Co kwartał',
    SEMI_ANNUAL: 'Co pół roku',
    ANNUAL: 'Co rok',
  },
  mandate: 'Mandat',
  connectedAccount: 'Połączone konto nr {id}',
  instantPayment: 'Przelew natychmiastowy',
  connectionName: 'Nazwa połączenia',
  transfers: 'Przelewy: {count}',
  collections: 'Polecenia zapłaty: {count}',
  moreLines: 'i jeszcze {count}',
  heroTo: 'dla {name}',
  heroFrom: 'od {name}',

  continue: 'Dalej',
  logIn: 'Zaloguj się',
  confirm: {
    connect: 'Połącz konto',
    update: 'Potwierdź',
    payment: 'Potwierdź płatność',
    standingOrder: 'Ustaw zlecenie stałe',
    directDebit: 'Potwierdź polecenie zapłaty',
  },
  cancel: 'Anuluj',

  fieldRequired: 'Wypełnij to pole.',
  tanInvalid: 'Wpisz sześć cyfr kodu TAN.',
  bankRequired: 'Wybierz swój bank.',

  validFor: 'Ta strona jest ważna jeszcze przez {duration}.',

  completedHeading: {
    connect: 'Konto bankowe połączone',
    update: 'Połączenie z bankiem zaktualizowane',
    payment: 'Płatność wysłana',
    standingOrder: 'Zlecenie stałe ustawione',
    directDebit: 'Polecenie zapłaty wysłane',
  },
  completedText: 'Twoje zlecenie zostało zrealizowane.',
  closeTab: 'Możesz teraz zamknąć tę kartę i wrócić do aplikacji.',
  errorHeading: 'Coś poszło nie tak',
  errorText: 'Nie udało się zakończyć procesu.',
  errorReference: 'Numer referencyjny dla obsługi klienta:',
  backToApp: 'Wróć do aplikacji',
  support: 'Skontaktuj się z obsługą klienta',
  abortedHeading: 'Anulowano',
  abortedText: 'Anulowano proces.',
  alreadyOpenedHeading: 'Ten link został już użyty',
  alreadyOpenedText:
    'Dla Twojego bezpieczeństwa link do formularza można otworzyć tylko raz. Wróć do aplikacji i zacznij od nowa.',
  expiredHeading: 'Ten formularz wygasł',
  expiredText:
    'Linki do formularzy są ważne tylko przez ograniczony czas. Wróć do aplikacji i zacznij od nowa.',
  finishedHeading: 'Ten formularz został już zakończony',
  finishedText: 'Wróć do aplikacji, aby zobaczyć wynik.',
  notFoundHeading: 'Nie znaleziono formularza',
  notFoundText:
    'Ten link jest nieprawidłowy albo formularz został usunięty. Wróć do aplikacji i zacznij od nowa.',
  forbiddenHeading: 'Ta strona nie może zakończyć formularza',
  forbiddenText: 'Formularz może zakończyć tylko strona, która go otworzyła.',
  badRequestHeading: 'Nieprawidłowe żądanie',
  chooseErrorCode: 'Wybierz jeden z kodów błędu.',

  demoHeading: 'Sterowanie demem',
  demoText: 'Nie jest częścią formularza finAPI: zakończ ten formularz od razu, na dowolnym kroku.',
};
