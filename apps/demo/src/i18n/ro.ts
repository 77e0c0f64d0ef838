import type { DemoMessages } from './en.ts';

export const ro: DemoMessages = {
  lang: 'ro',

  settings: 'Setări demo',
  languageLabel: 'Limbă',
  themeLabel: 'Temă',
  themes: { system: 'Ca sistemul', light: 'Luminoasă', dark: 'Întunecată' },
  openInLabel: 'Deschide formularul în',
  openIn: { 'same-tab': 'Această filă', 'new-tab': 'O filă nouă' },
  updatesLabel: 'Actualizări de stare',
  updates: { push: 'Push (Server-Sent Events)', polling: 'Doar interogări' },
  scenarioLabel: 'Scenariu finAPI',
  scenarios: {
    normal: {
      label: 'finAPI funcționează',
      description: 'Callback-urile sosesc imediat; formularele sunt valabile 20 de minute.',
    },
    'callback-delayed': {
      label: 'Callback întârziat',
      description:
        'finAPI sună înapoi cu 8 secunde întârziere; verificările proprii ale backendului pot fi mai rapide.',
    },
    'callback-dropped': {
      label: 'Callback pierdut',
      description:
        'Nu sosește niciun callback; verificările proprii ale backendului trebuie să găsească rezultatul.',
    },
    'slow-proxy': {
      label: 'finAPI lent',
      description: 'Fiecare răspuns finAPI durează 1,5 secunde.',
    },
    'short-expiry': {
      label: 'Valabilitate scurtă',
      description: 'Formularele noi expiră după 30 de secunde, pentru a arăta ecranul de expirare.',
    },
  },
  scenarioRefused: 'Simulatorul a refuzat scenariul ({status}).',
  taskLabel: 'Actualizare în fundal',
  taskModes: {
    'web-form-required': 'Banca cere clientul',
    complete: 'Reușește în fundal',
    fail: 'Eșuează în fundal',
  },
  panelsLabel: 'Arată ghidul și jurnalul de evenimente',

  startHeading: 'Ce doriți să faceți?',
  startLead:
    'Fiecare flux vă trimite la un formular bancar sau de plată găzduit de finAPI și vă aduce înapoi aici. În acest demo, un simulator finAPI joacă rolul băncii: parcurgeți pașii lui sau încheiați formularul imediat cu comenzile demo („Complete”, „Complete with error”, „Abort”) pentru a vedea fiecare rezultat.',
  flows: {
    'bank-connection-import': {
      title: 'Conectați un cont bancar',
      summary:
        'Clientul se autentifică la banca sa în formularul finAPI; aplicația primește o conexiune bancară.',
    },
    'bank-connection-update': {
      title: 'Actualizați o conexiune bancară',
      summary:
        'O actualizare în fundal care are nevoie de client doar când banca cere o autentificare sau SCA.',
    },
    'standalone-payment': {
      title: 'Plătiți prin transfer bancar',
      summary: 'Un transfer SEPA unic pe care clientul îl aprobă la banca sa: plată fără card.',
    },
    'standing-order': {
      title: 'Configurați un ordin de plată programat',
      summary: 'Un transfer lunar din contul clientului, aprobat o singură dată.',
    },
    'direct-debit-with-account-id': {
      title: 'Încasați o debitare directă',
      summary:
        'Comerciantul încasează de la un plătitor pe baza unui mandat, aprobat la banca comerciantului.',
    },
    'payment-with-account-id': {
      title: 'Plătiți dintr-un cont conectat',
      summary: 'Un transfer dintr-un cont pe care clientul l-a conectat deja.',
    },
    'bank-connection-update-form': {
      title: 'Actualizați o conexiune bancară (formular web)',
      summary: 'Actualizarea ca formular web pe care clientul îl parcurge mereu.',
    },
  },

  loading: 'Se încarcă…',
  pageLoadErrorHeading: 'Această pagină nu a putut fi încărcată',
  pageLoadErrorLead: 'Verificați conexiunea și încercați din nou. Nu se pierde nimic.',
  pageLoadErrorRetry: 'Încercați din nou',
  notFoundHeading: 'Pagina nu a fost găsită',
  backToStart: 'Înapoi la pagina de start',
  supportHeading: 'Asistență clienți',
  supportLead:
    'Ceva nu a mers cu banca sau plata dumneavoastră? Vă ajutăm cu plăcere, de luni până vineri, între 8:00 și 20:00.',
  supportPhone: 'Telefon',
  supportEmail: 'E-mail',
  supportCode: 'Dacă vi s-a afișat un cod de eroare, vă rugăm să îl aveți la îndemână.',
  refusedHeading: 'Acest link nu poate fi folosit',
  refusedStale:
    'Aparține unei vizite la bancă deja încheiate sau prea vechi. Nu s-a schimbat nimic.',
  refusedInvalid:
    'Nu corespunde niciunei vizite la bancă începute în acest browser, așa că nu putem afișa un rezultat pentru el. Nu s-a schimbat nimic.',

  ordersHeading: 'Comenzile dvs.',
  ordersEmpty: 'Încă nu există comenzi: plătiți ceva mai sus și va apărea aici, cu rezultatul său.',
  ordersUnavailable: 'Comenzile nu au putut fi încărcate; se reîncearcă într-o clipă.',
  orderColumns: { order: 'Comandă', flow: 'Ce', amount: 'Sumă', status: 'Stare' },
  orderStatus: {
    open: 'Deschisă',
    completed: 'Trimisă',
    'completed-with-error': 'Eșuată',
    aborted: 'Anulată',
    expired: 'Expirată',
  },

  asideLabel: 'Cum funcționează',
  walkthroughHeading: 'Ghid',
  walkthroughIdle: 'Porniți un flux: fiecare pas se aprinde când are loc.',
  customer: 'Client',
  backend: 'În culise',
  steps: {
    create: {
      title: 'Aplicația creează un formular securizat',
      customer:
        'Alege ce dorește să facă. Aplicația explică faptul că partea bancară are loc la finAPI.',
      backend:
        'Backendul cere finAPI un formular web, ca utilizator finAPI al acestui client, și înregistrează un callback. finAPI răspunde cu un link de unică folosință, valabil 20 de minute.',
    },
    send: {
      title: 'Spre bancă',
      customer: 'Merge la formularul finAPI, în această filă sau într-una nouă.',
      backend:
        'Aplicația adaugă la link căile de întoarcere (succes, eroare, anulare, asistență), fiecare legată de această vizită.',
    },
    bank: {
      title: 'La bancă',
      customer: 'Alege banca, se autentifică și confirmă cu un TAN (aici: simulatorul).',
      backend:
        'finAPI raportează „în curs”. Aplicația urmărește starea prin backendul său: trimisă în direct, cu verificări lente ca plasă de siguranță.',
    },
    end: {
      title: 'finAPI anunță sfârșitul',
      customer:
        'La succes este trimis imediat înapoi; după o eroare sau o anulare primește un link de întoarcere.',
      backend:
        'finAPI sună backendul înapoi. Backendul citește rezultatul la finAPI și îl trimite aplicației; dacă callback-ul se pierde, îl găsesc propriile verificări.',
    },
    back: {
      title: 'Înapoi în aplicație',
      customer: 'Ajunge pe pagina de întoarcere a aplicației, care verifică puțin.',
      backend:
        'Aplicația verifică dacă întoarcerea aparține acestei vizite și își întreabă backendul: adresa doar sugerează rezultatul, backendul decide.',
    },
    outcome: {
      title: 'Rezultatul',
      customer: 'Vede în cuvinte simple ce s-a întâmplat, cu pasul următor.',
      backend:
        'Rezultatul (o conexiune bancară, o plată sau un cod de eroare) vine de la finAPI, niciodată din bara de adrese.',
    },
  },

  logHeading: 'Jurnal de evenimente',
  clear: 'Golește',
  logEmpty: 'Porniți un flux pentru a vedea pas cu pas ce fac aplicația și backendul ei.',
  sources: { app: 'Aplicație', proxy: 'Backend' },
  sinceStart: '+{seconds} s',
  events: {
    createdWebForm: 'Aplicația a pus backendul să creeze formularul',
    createdTask: 'Aplicația a pus backendul să pornească actualizarea',
    openedSameTab: 'Clientul a mers la formularul băncii în această filă',
    openedNewTab: 'Clientul a mers la formularul băncii într-o filă nouă',
    popupBlocked: 'Browserul a blocat fila nouă; aplicația oferă un link',
    webFormStatus: {
      NOT_YET_OPENED: 'Formularul este pregătit pentru client',
      IN_PROGRESS: 'Clientul este la bancă',
      COMPLETED: 'finAPI raportează: gata',
      COMPLETED_WITH_ERROR: 'finAPI raportează: încheiat cu o eroare',
      EXPIRED: 'finAPI raportează: formularul a expirat',
      ABORTED: 'finAPI raportează: clientul a anulat',
    },
    taskStatus: {
      NOT_YET_STARTED: 'Actualizarea așteaptă la finAPI',
      IN_PROGRESS: 'finAPI actualizează conexiunea bancară',
      WEB_FORM_REQUIRED: 'Banca are nevoie de client: finAPI a creat un formular',
      COMPLETED: 'finAPI raportează: actualizarea este gata',
      COMPLETED_WITH_ERROR: 'finAPI raportează: actualizarea a eșuat',
    },
    returned: 'Clientul s-a întors în aplicație (adresa spune „{via}”, doar un indiciu)',
    outcome: 'Backendul a confirmat rezultatul: {outcome}',
    outcomes: {
      completed: 'gata',
      'completed-with-error': 'o eroare',
      expired: 'expirat',
      aborted: 'anulat',
    },
    cancelled: 'Clientul a anulat în aplicație; formularul a fost șters',
    pushConnected: 'Actualizări în direct conectate',
    pushFailed: 'Actualizările în direct au eșuat; aplicația verifică la câteva secunde',
    error: 'Ceva nu a funcționat ({kind})',
    finapiCreate: 'Backendul a cerut finAPI un formular',
    finapiCreateTask: 'Backendul a cerut finAPI să actualizeze conexiunea bancară',
    finapiRead: 'Backendul a citit starea la finAPI',
    finapiDelete: 'Backendul a șters formularul la finAPI',
    finapiOther: 'Backendul a apelat finAPI',
    callbackAccepted: 'finAPI a sunat backendul înapoi',
    callbackRefused: 'Backendul a refuzat un callback ({reason})',
    pollError: 'Verificarea stării de către backend a eșuat ({code})',
    outcomeRecorded: 'Backendul magazinului a înregistrat rezultatul comenzii',
    /** `{seconds}` */
    outcomeRetry: 'Înregistrarea rezultatului a eșuat; nouă încercare în {seconds} s',
    outcomeNotRecorded: 'Înregistrarea rezultatului a eșuat definitiv',
    proxyError: 'Backendul a raportat o eroare',
  },
};
