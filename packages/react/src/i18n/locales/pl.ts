import type { MessageCatalogue } from '../Messages.ts';

/**
 * Polish, in the neutral form Polish banking apps use (no ty, no Pan/Pani in sentences).
 *
 * @example
 * import { pl } from '@webform-kit/react/locales/pl';
 */
export const pl: MessageCatalogue = {
  lang: 'pl',
  messages: {
    'common.cancel': 'Anuluj',
    'common.continue': 'Dalej',
    'common.support': 'Kontakt z obsługą klienta',
    'common.opensInNewTab': '(otwiera się w nowej karcie)',
    'common.closeTab': 'Zamknij tę kartę',
    'common.supportReference': 'Numer referencyjny dla obsługi klienta',
    'common.copy': 'Kopiuj',
    'common.copied': 'Skopiowano',

    'summary.amount': 'Kwota',
    'summary.payee': 'Odbiorca',
    'summary.purpose': 'Tytuł',
    'summary.reference': 'Numer referencyjny',
    'summary.paymentId': 'ID płatności',
    'open.button': 'Przejdź do bezpiecznego formularza',
    'open.link': 'Otwórz bezpieczny formularz',
    'open.preparing': 'Przygotowywanie bezpiecznego formularza…',
    'open.popupBlocked':
      'Przeglądarka zablokowała nową kartę. Bezpieczny formularz można otworzyć za pomocą poniższego linku.',
    'open.newTab':
      'Formularz otworzy się w nowej karcie. Prosimy nie zamykać tej strony: po zakończeniu pojawi się na niej wynik.',
    'redirect.heading.import': 'Połączenie konta bankowego',
    'redirect.heading.update': 'Aktualizacja połączenia z bankiem',
    'redirect.heading.payment': 'Potwierdzenie płatności w banku',
    'redirect.heading.standingOrder': 'Ustanowienie zlecenia stałego w banku',
    'redirect.heading.directDebit': 'Potwierdzenie polecenia zapłaty w banku',
    'redirect.lead.import':
      'Konto zostanie połączone w bezpiecznym formularzu finAPI, regulowanego dostawcy usług bankowych. Dane logowania do bankowości internetowej wpisuje się wyłącznie tam, nigdy w tej aplikacji.',
    'redirect.lead.update':
      'Bank prosi o ponowne potwierdzenie połączenia. Odbywa się to w bezpiecznym formularzu finAPI, regulowanego dostawcy usług bankowych. Dane logowania do bankowości internetowej wpisuje się wyłącznie tam, nigdy w tej aplikacji.',
    'redirect.lead.payment':
      'Płatność zostanie zatwierdzona w bezpiecznym formularzu finAPI, regulowanego dostawcy usług płatniczych. Logowanie do banku odbywa się wyłącznie tam, nigdy w tej aplikacji.',
    'redirect.lead.standingOrder':
      'Zlecenie stałe zostanie zatwierdzone w bezpiecznym formularzu finAPI, regulowanego dostawcy usług płatniczych. Logowanie do banku odbywa się wyłącznie tam, nigdy w tej aplikacji.',
    'redirect.lead.directDebit':
      'Polecenie zapłaty zostanie zatwierdzone w bezpiecznym formularzu finAPI, regulowanego dostawcy usług płatniczych. Logowanie do banku odbywa się wyłącznie tam, nigdy w tej aplikacji.',
    'redirect.stepsHeading': 'Co dalej',
    'redirect.step.open': 'Otwarcie bezpiecznego formularza.',
    'redirect.step.confirm':
      'Logowanie do banku i potwierdzenie, na przykład kodem SMS lub w aplikacji banku.',
    'redirect.step.return': 'Powrót na tę stronę, gdzie pojawi się wynik.',
    'redirect.countdown': 'Przekierowanie do bezpiecznego formularza nastąpi automatycznie {time}.',
    'redirect.countdownCancel': 'Zostań na tej stronie',
    'redirect.countdownCancelled':
      'Automatyczne przekierowanie jest wyłączone. Można przejść dalej w dowolnym momencie.',
    'waiting.heading.notYetOpened': 'Należy kontynuować w bezpiecznym formularzu',
    'waiting.lead.notYetOpened':
      'Jeśli bezpieczny formularz się nie otworzył, można go otworzyć tutaj.',
    'waiting.heading.inProgress': 'Prosimy dokończyć bezpieczny formularz',
    'waiting.lead.inProgress':
      'Formularz jest otwarty w innej karcie lub oknie. Po jego zakończeniu prosimy wrócić tutaj: ta strona zaktualizuje się automatycznie.',
    'waiting.timeLeft': {
      one: 'Pozostała {duration}',
      few: 'Pozostały {duration}',
      many: 'Pozostało {duration}',
      other: 'Pozostało {duration}',
    },
    'waiting.timeUp': 'Czas na wypełnienie bezpiecznego formularza minął.',
    'waiting.closedHint':
      'Formularz został zamknięty przez pomyłkę? Można zacząć od nowa i otrzymać nowy.',
    'waiting.restart': 'Zacznij od nowa',
    'checking.heading': 'Sprawdzanie wyniku',
    'checking.lead': 'Prosimy o chwilę cierpliwości. Potwierdzamy wynik bezpiecznego formularza.',
    'completed.heading.import': 'Konto bankowe połączone',
    'completed.heading.update': 'Połączenie z bankiem zaktualizowane',
    'completed.heading.payment': 'Płatność przekazana',
    'completed.heading.standingOrder': 'Zlecenie stałe ustanowione',
    'completed.heading.directDebit': 'Polecenie zapłaty przekazane',
    'completed.lead.import':
      'Konto bankowe jest już połączone. Wyświetlenie wszystkich danych może chwilę potrwać.',
    'completed.lead.update': 'Połączenie z bankiem jest znowu aktualne.',
    'completed.lead.payment':
      'Bank otrzymał zlecenie płatności i zrealizuje je w zwykłym terminie.',
    'completed.lead.standingOrder':
      'Bank otrzymał zlecenie stałe. Płatności będą realizowane w wybranych terminach.',
    'completed.lead.directDebit':
      'Bank otrzymał polecenie zapłaty i zrealizuje je w zwykłym terminie.',
    'error.heading.ENTITY_EXISTS': 'To połączenie z bankiem już istnieje',
    'error.body.ENTITY_EXISTS':
      'Wybrane konto bankowe jest już połączone, więc nic nowego nie zostało dodane. Można nadal korzystać z istniejącego połączenia.',
    'error.heading.BANK_SERVER_REJECTION': 'Bank odrzucił żądanie',
    'error.body.BANK_SERVER_REJECTION':
      'Bank przerwał proces, na przykład dlatego, że dane logowania lub kod potwierdzający nie zostały zaakceptowane. Prosimy sprawdzić dane i spróbować ponownie.',
    'error.heading.INTERNAL_ERROR': 'Wystąpił nieoczekiwany błąd',
    'error.body.INTERNAL_ERROR':
      'W bezpiecznym formularzu wystąpił błąd, którego przyczyny nie udało się ustalić. Prosimy spróbować ponownie później. Jeśli błąd się powtórzy, prosimy o kontakt z obsługą klienta i podanie poniższego numeru referencyjnego.',
    'error.heading.INTERRUPTED': 'Proces został przerwany',
    'error.body.INTERRUPTED':
      'Bezpieczny formularz został odświeżony lub ponownie otwarty na etapie, na którym nie jest to możliwe. Prosimy zacząć od nowa i wypełnić formularz bez odświeżania strony.',
    'error.heading.INVALID_TOKEN': 'Sesja wygasła',
    'error.body.INVALID_TOKEN':
      'Sesja wygasła, gdy bezpieczny formularz był otwarty. Prosimy zacząć od nowa, a jeśli aplikacja o to poprosi, najpierw zalogować się do niej ponownie.',
    'error.heading.MANDATOR_MISCONFIGURATION': 'Ta usługa jest obecnie niedostępna',
    'error.body.MANDATOR_MISCONFIGURATION':
      'Usługa nie jest poprawnie skonfigurowana po naszej stronie. Tego problemu nie da się rozwiązać samodzielnie: prosimy o kontakt z obsługą klienta.',
    'error.heading.NO_ACCOUNTS_FOR_TYPE_LIST': 'Nie znaleziono odpowiedniego konta',
    'error.body.NO_ACCOUNTS_FOR_TYPE_LIST':
      'Żadne z kont dostępnych w tym banku nie jest wymaganego tu rodzaju, na przykład rachunkiem bieżącym. Prosimy spróbować ponownie z innym kontem lub bankiem.',
    'error.heading.UNDETERMINED_BANK': 'Nie udało się ustalić banku',
    'error.body.UNDETERMINED_BANK':
      'Podane dane nie wskazują jednoznacznie jednego banku. Prosimy zacząć od nowa i wybrać bank.',
    'error.heading.UNEXPECTED_ACCESS_RESPONSE': 'Nieoczekiwana odpowiedź usługi bankowej',
    'error.body.UNEXPECTED_ACCESS_RESPONSE':
      'Procesu nie udało się zakończyć z powodu nieoczekiwanej odpowiedzi usługi bankowej. Prosimy spróbować ponownie później. Jeśli błąd się powtórzy, prosimy o kontakt z obsługą klienta i podanie poniższego numeru referencyjnego.',
    'error.heading.UNSUPPORTED_FEATURE': 'Bank nie obsługuje tej funkcji',
    'error.body.UNSUPPORTED_FEATURE':
      'Bank nie oferuje tej funkcji, na przykład płatności z przyszłą datą realizacji. Prosimy spróbować ponownie z innymi danymi.',
    'error.heading.UNSUPPORTED_ORDER': 'Tego konta nie można użyć do tego zlecenia',
    'error.body.UNSUPPORTED_ORDER':
      'Wybrane konto nie obsługuje tego rodzaju zleceń. Prosimy spróbować ponownie z innym kontem.',
    'error.heading.general': 'Nie udało się zakończyć procesu',
    'error.body.general':
      'W bezpiecznym formularzu coś poszło nie tak. Prosimy spróbować ponownie. Jeśli problem będzie się powtarzał, prosimy o kontakt z obsługą klienta.',
    'error.restart': 'Spróbuj ponownie',
    'payment.notMade.payment': 'Płatność nie została wykonana',
    'payment.notMade.standingOrder': 'Zlecenie stałe nie zostało ustanowione',
    'payment.notMade.directDebit': 'Polecenie zapłaty nie zostało wykonane',
    'payment.unknown.payment': 'Wynik płatności nie jest jeszcze znany',
    'payment.unknown.standingOrder': 'Nie wiadomo jeszcze, czy zlecenie stałe zostało ustanowione',
    'payment.unknown.directDebit': 'Wynik polecenia zapłaty nie jest jeszcze znany',
    'payment.unknown.lead':
      'Bank może jeszcze zrealizować zlecenie. Aby nie zapłacić dwa razy, prosimy nie zaczynać od nowa: warto za jakiś czas sprawdzić konto lub aplikację bankową albo skontaktować się z obsługą klienta.',

    'expired.heading': 'Bezpieczny formularz wygasł',
    'expired.lead':
      'Ze względów bezpieczeństwa formularz jest ważny tylko przez ograniczony czas, który upłynął przed zakończeniem procesu. Nic nie zostało zrealizowane.',
    'expired.restart': 'Zacznij od nowa',
    'aborted.heading': 'Proces anulowany',
    'aborted.lead':
      'Proces został anulowany w bezpiecznym formularzu, więc nic nie zostało zrealizowane. Można zacząć od nowa w dowolnym momencie.',
    'aborted.restart': 'Zacznij od nowa',
    'webFormRequired.heading': 'Bank prosi o potwierdzenie',
    'webFormRequired.lead':
      'Nie udało się zaktualizować połączenia z bankiem w tle: bank prosi o jego potwierdzenie. Odbywa się to w bezpiecznym formularzu finAPI, regulowanego dostawcy usług bankowych. Dane logowania do bankowości internetowej wpisuje się wyłącznie tam, nigdy w tej aplikacji.',
    'connectionError.heading': 'Problem z połączeniem',
    'connectionError.lead.network':
      'Nie możemy połączyć się z naszą usługą. Prosimy sprawdzić połączenie z internetem i spróbować ponownie. Nic nie zostanie utracone: proces będzie kontynuowany od tego samego miejsca.',
    'connectionError.lead.timeout':
      'Nasza usługa odpowiada zbyt długo. Prosimy spróbować ponownie. Nic nie zostanie utracone: proces będzie kontynuowany od tego samego miejsca.',
    'connectionError.lead.server':
      'Nasza usługa nie odpowiedziała zgodnie z oczekiwaniami. Prosimy spróbować ponownie za chwilę. Nic nie zostanie utracone: proces będzie kontynuowany od tego samego miejsca.',
    'connectionError.retry': 'Spróbuj ponownie',
    'connectionError.heading.tryLater': 'W tej chwili nie jest to możliwe',
    'connectionError.lead.tryLater':
      'W tej sprawie trwa już inny proces lub było zbyt wiele prób. Prosimy odczekać kilka minut i spróbować ponownie. Nic nie zostanie utracone.',
    'connectionError.heading.contactSupport': 'Nie możemy tu kontynuować',
    'connectionError.lead.contactSupport':
      'Nasza usługa nie mogła przyjąć tego żądania, a ponowna próba tego nie zmieni. Prosimy o kontakt z obsługą klienta.',
    'connectionError.heading.startAgain': 'Prosimy zacząć od nowa',
    'connectionError.lead.startAgain':
      'Sesja wygasła lub ten proces nie jest już ważny, na przykład po dłuższej przerwie. Aby kontynuować, prosimy zacząć od nowa.',
    'connectionError.heading.appMisconfigured': 'Ta usługa nie jest poprawnie skonfigurowana',
    'connectionError.lead.appMisconfigured':
      'Jedno z ustawień tej aplikacji jest błędne, dlatego nie można skorzystać z bezpiecznego formularza. Nie da się tego naprawić samodzielnie: prosimy o kontakt z obsługą klienta.',
  },
};

export default pl;
