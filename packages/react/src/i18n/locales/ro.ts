import type { MessageCatalogue } from '../Messages.ts';

/**
 * Romanian (dumneavoastră), as Romanian banking apps address their customers.
 *
 * @example
 * import { ro } from '@webform-kit/react/locales/ro';
 */
export const ro: MessageCatalogue = {
  lang: 'ro',
  messages: {
    'common.cancel': 'Anulați',
    'common.continue': 'Continuați',
    'common.support': 'Contactați serviciul clienți',
    'common.opensInNewTab': '(se deschide într-o filă nouă)',
    'common.closeTab': 'Închideți această filă',
    'common.supportReference': 'Referință pentru serviciul clienți',
    'common.copy': 'Copiați',
    'common.copied': 'Copiat',

    'summary.amount': 'Sumă',
    'summary.payee': 'Beneficiar',
    'summary.purpose': 'Detalii plată',
    'summary.reference': 'Referință',
    'summary.paymentId': 'ID plată',
    'open.button': 'Continuați către formularul securizat',
    'open.link': 'Deschideți formularul securizat',
    'open.preparing': 'Se pregătește formularul securizat…',
    'open.popupBlocked':
      'Browserul dumneavoastră a blocat fila nouă. Vă rugăm să deschideți formularul securizat folosind linkul de mai jos.',
    'open.newTab':
      'Formularul se deschide într-o filă nouă. Vă rugăm să păstrați această pagină deschisă: aici veți vedea rezultatul după ce terminați.',
    'redirect.heading.import': 'Conectați-vă contul bancar',
    'redirect.heading.update': 'Actualizați conexiunea cu banca',
    'redirect.heading.payment': 'Confirmați plata la banca dumneavoastră',
    'redirect.heading.standingOrder': 'Configurați plata programată la banca dumneavoastră',
    'redirect.heading.directDebit': 'Confirmați debitarea directă la banca dumneavoastră',
    'redirect.lead.import':
      'Vă conectați contul într-un formular securizat oferit de finAPI, un furnizor reglementat de servicii bancare. Datele de autentificare pentru internet banking le introduceți doar acolo, niciodată în această aplicație.',
    'redirect.lead.update':
      'Banca dumneavoastră vă solicită să confirmați din nou conexiunea. Acest lucru se face într-un formular securizat oferit de finAPI, un furnizor reglementat de servicii bancare. Datele de autentificare pentru internet banking le introduceți doar acolo, niciodată în această aplicație.',
    'redirect.lead.payment':
      'Aprobați plata într-un formular securizat oferit de finAPI, un furnizor reglementat de servicii de plată. Vă autentificați la bancă doar acolo, niciodată în această aplicație.',
    'redirect.lead.standingOrder':
      'Aprobați plata programată într-un formular securizat oferit de finAPI, un furnizor reglementat de servicii de plată. Vă autentificați la bancă doar acolo, niciodată în această aplicație.',
    'redirect.lead.directDebit':
      'Aprobați debitarea directă într-un formular securizat oferit de finAPI, un furnizor reglementat de servicii de plată. Vă autentificați la bancă doar acolo, niciodată în această aplicație.',
    'redirect.stepsHeading': 'Pașii următori',
    'redirect.step.open': 'Deschideți formularul securizat.',
    'redirect.step.confirm':
      'Autentificați-vă la bancă și confirmați, de exemplu cu un cod primit prin SMS sau în aplicația băncii.',
    'redirect.step.return': 'Reveniți aici. Vă vom arăta rezultatul.',
    'redirect.countdown': 'Redirecționarea automată către formularul securizat va avea loc {time}.',
    'redirect.countdownCancel': 'Rămâneți pe această pagină',
    'redirect.countdownCancelled':
      'Redirecționarea automată este dezactivată. Continuați când doriți.',
    'waiting.heading.notYetOpened': 'Continuați în formularul securizat',
    'waiting.lead.notYetOpened':
      'Dacă formularul securizat nu s-a deschis, îl puteți deschide de aici.',
    'waiting.heading.inProgress': 'Vă rugăm să completați formularul securizat',
    'waiting.lead.inProgress':
      'Formularul este deschis într-o altă filă sau fereastră. Finalizați-l acolo și apoi reveniți: această pagină se actualizează automat.',
    'waiting.timeLeft': {
      one: 'A mai rămas {duration}',
      few: 'Au mai rămas {duration}',
      other: 'Au mai rămas {duration}',
    },
    'waiting.timeUp': 'Timpul pentru formularul securizat a expirat.',
    'waiting.closedHint': 'Ați închis formularul din greșeală? Reîncepeți pentru a primi unul nou.',
    'waiting.restart': 'Reîncepeți',
    'checking.heading': 'Verificăm rezultatul',
    'checking.lead':
      'Vă rugăm să așteptați un moment. Confirmăm rezultatul formularului securizat.',
    'completed.heading.import': 'Cont bancar conectat',
    'completed.heading.update': 'Conexiune bancară actualizată',
    'completed.heading.payment': 'Plată transmisă',
    'completed.heading.standingOrder': 'Plată programată configurată',
    'completed.heading.directDebit': 'Debitare directă transmisă',
    'completed.lead.import':
      'Contul dumneavoastră bancar este acum conectat. Afișarea tuturor datelor poate dura câteva momente.',
    'completed.lead.update': 'Conexiunea cu banca dumneavoastră este din nou actualizată.',
    'completed.lead.payment':
      'Banca dumneavoastră a primit ordinul de plată și îl va executa în termenele obișnuite de procesare.',
    'completed.lead.standingOrder':
      'Banca dumneavoastră a primit plata programată. Plățile vor fi efectuate la datele alese de dumneavoastră.',
    'completed.lead.directDebit':
      'Banca dumneavoastră a primit debitarea directă și o va procesa în termenele obișnuite.',
    'error.heading.ENTITY_EXISTS': 'Această conexiune bancară există deja',
    'error.body.ENTITY_EXISTS':
      'Contul bancar ales este deja conectat, așa că nu s-a adăugat nimic nou. Puteți folosi în continuare conexiunea existentă.',
    'error.heading.BANK_SERVER_REJECTION': 'Banca a respins solicitarea',
    'error.body.BANK_SERVER_REJECTION':
      'Banca dumneavoastră a oprit procesul, de exemplu pentru că datele de autentificare sau codul de confirmare nu au fost acceptate. Vă rugăm să vă verificați datele și să încercați din nou.',
    'error.heading.INTERNAL_ERROR': 'A apărut o eroare neașteptată',
    'error.body.INTERNAL_ERROR':
      'În formularul securizat a apărut o eroare a cărei cauză nu a putut fi stabilită. Vă rugăm să încercați din nou mai târziu. Dacă eroarea se repetă, contactați serviciul clienți și menționați referința de mai jos.',
    'error.heading.INTERRUPTED': 'Procesul a fost întrerupt',
    'error.body.INTERRUPTED':
      'Formularul securizat a fost reîncărcat sau redeschis la un pas la care acest lucru nu este posibil. Vă rugăm să reîncepeți și să completați formularul fără a-l reîncărca.',
    'error.heading.INVALID_TOKEN': 'Sesiunea dumneavoastră a expirat',
    'error.body.INVALID_TOKEN':
      'Sesiunea a expirat în timp ce formularul securizat era deschis. Vă rugăm să reîncepeți; dacă vi se solicită, autentificați-vă mai întâi din nou în această aplicație.',
    'error.heading.MANDATOR_MISCONFIGURATION': 'Acest serviciu nu este disponibil momentan',
    'error.body.MANDATOR_MISCONFIGURATION':
      'Serviciul nu este configurat corect din partea noastră. Această problemă nu poate fi rezolvată de dumneavoastră: vă rugăm să contactați serviciul clienți.',
    'error.heading.NO_ACCOUNTS_FOR_TYPE_LIST': 'Nu a fost găsit niciun cont potrivit',
    'error.body.NO_ACCOUNTS_FOR_TYPE_LIST':
      'Niciunul dintre conturile acestui acces bancar nu este de tipul necesar aici, de exemplu un cont curent. Vă rugăm să încercați din nou cu alt cont sau cu altă bancă.',
    'error.heading.UNDETERMINED_BANK': 'Banca dumneavoastră nu a putut fi identificată',
    'error.body.UNDETERMINED_BANK':
      'Datele indicate nu corespund unei singure bănci. Vă rugăm să reîncepeți și să vă selectați banca.',
    'error.heading.UNEXPECTED_ACCESS_RESPONSE': 'Răspuns neașteptat de la serviciul bancar',
    'error.body.UNEXPECTED_ACCESS_RESPONSE':
      'Procesul nu a putut fi finalizat din cauza unui răspuns neașteptat de la serviciul bancar. Vă rugăm să încercați din nou mai târziu. Dacă eroarea se repetă, contactați serviciul clienți și menționați referința de mai jos.',
    'error.heading.UNSUPPORTED_FEATURE': 'Banca dumneavoastră nu oferă această funcție',
    'error.body.UNSUPPORTED_FEATURE':
      'Banca dumneavoastră nu oferă această funcție, de exemplu plăți cu dată de execuție în viitor. Vă rugăm să încercați din nou cu alte date.',
    'error.heading.UNSUPPORTED_ORDER': 'Acest cont nu poate fi folosit pentru acest ordin',
    'error.body.UNSUPPORTED_ORDER':
      'Contul selectat nu permite acest tip de ordin. Vă rugăm să încercați din nou cu alt cont.',
    'error.heading.general': 'Procesul nu a putut fi finalizat',
    'error.body.general':
      'Ceva nu a funcționat în formularul securizat. Vă rugăm să încercați din nou. Dacă problema persistă, contactați serviciul clienți.',
    'error.restart': 'Încercați din nou',
    'payment.notMade.payment': 'Nu a fost efectuată nicio plată',
    'payment.notMade.standingOrder': 'Nu a fost configurată nicio plată programată',
    'payment.notMade.directDebit': 'Nu a fost efectuată nicio debitare directă',
    'payment.unknown.payment': 'Rezultatul plății nu este încă cunoscut',
    'payment.unknown.standingOrder': 'Nu se știe încă dacă plata programată a fost configurată',
    'payment.unknown.directDebit': 'Rezultatul debitării directe nu este încă cunoscut',
    'payment.unknown.lead':
      'Este posibil ca banca dumneavoastră să execute încă ordinul. Pentru a nu plăti de două ori, vă rugăm să nu reîncepeți: verificați peste puțin timp contul sau aplicația bancară ori contactați serviciul clienți.',

    'expired.heading': 'Formularul securizat a expirat',
    'expired.lead':
      'Pentru siguranța dumneavoastră, formularul este valabil doar o perioadă limitată, care s-a încheiat înainte de finalizarea procesului. Nu s-a finalizat nimic.',
    'expired.restart': 'Reîncepeți',
    'aborted.heading': 'Proces anulat',
    'aborted.lead':
      'Ați anulat procesul în formularul securizat, așa că nu s-a finalizat nimic. Puteți reîncepe oricând.',
    'aborted.restart': 'Reîncepeți',
    'webFormRequired.heading': 'Banca vă solicită confirmarea',
    'webFormRequired.lead':
      'Nu am putut actualiza în fundal conexiunea cu banca: banca dumneavoastră vă solicită să o confirmați. Acest lucru se face într-un formular securizat oferit de finAPI, un furnizor reglementat de servicii bancare. Datele de autentificare pentru internet banking le introduceți doar acolo, niciodată în această aplicație.',
    'connectionError.heading': 'Problemă de conexiune',
    'connectionError.lead.network':
      'Nu ne putem conecta la serviciul nostru. Vă rugăm să verificați conexiunea la internet și să încercați din nou. Nu se pierde nimic: veți continua de unde ați rămas.',
    'connectionError.lead.timeout':
      'Serviciul nostru răspunde prea greu. Vă rugăm să încercați din nou. Nu se pierde nimic: veți continua de unde ați rămas.',
    'connectionError.lead.server':
      'Serviciul nostru nu a răspuns conform așteptărilor. Vă rugăm să încercați din nou peste câteva momente. Nu se pierde nimic: veți continua de unde ați rămas.',
    'connectionError.retry': 'Încercați din nou',
    'connectionError.heading.tryLater': 'Nu este posibil acum',
    'connectionError.lead.tryLater':
      'Pentru aceasta există deja un proces în desfășurare sau au fost prea multe încercări. Vă rugăm să așteptați câteva minute și să încercați din nou. Nu se pierde nimic.',
    'connectionError.heading.contactSupport': 'Nu putem continua aici',
    'connectionError.lead.contactSupport':
      'Serviciul nostru nu a putut accepta această cerere, iar o nouă încercare nu va schimba acest lucru. Vă rugăm să contactați serviciul clienți.',
    'connectionError.heading.startAgain': 'Vă rugăm să reîncepeți',
    'connectionError.lead.startAgain':
      'Sesiunea dumneavoastră s-a încheiat sau acest proces nu mai este valabil, de exemplu după o pauză lungă. Reîncepeți pentru a continua.',
    'connectionError.heading.appMisconfigured': 'Acest serviciu nu este configurat corect',
    'connectionError.lead.appMisconfigured':
      'O setare a acestei aplicații este greșită, așa că formularul securizat nu poate fi folosit. Nu este o problemă pe care o puteți rezolva dumneavoastră: vă rugăm să contactați serviciul clienți.',
  },
};

export default ro;
