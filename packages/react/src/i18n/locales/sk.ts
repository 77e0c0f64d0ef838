import type { MessageCatalogue } from '../Messages.ts';

/**
 * Slovak (vykanie), as Slovak banking apps address their customers.
 *
 * @example
 * import { sk } from '@webform-kit/react/locales/sk';
 */
export const sk: MessageCatalogue = {
  lang: 'sk',
  messages: {
    'common.cancel': 'Zrušiť',
    'common.continue': 'Pokračovať',
    'common.support': 'Kontaktovať zákaznícku podporu',
    'common.opensInNewTab': '(otvorí sa na novej karte)',
    'common.closeTab': 'Zavrieť túto kartu',
    'common.supportReference': 'Referenčný kód pre zákaznícku podporu',
    'common.copy': 'Kopírovať',
    'common.copied': 'Skopírované',

    'summary.amount': 'Suma',
    'summary.payee': 'Príjemca',
    'summary.purpose': 'Účel platby',
    'summary.reference': 'Referencia',
    'summary.paymentId': 'ID platby',
    'open.button': 'Pokračovať na zabezpečený formulár',
    'open.link': 'Otvoriť zabezpečený formulár',
    'open.preparing': 'Pripravujeme zabezpečený formulár…',
    'open.popupBlocked':
      'Váš prehliadač zablokoval novú kartu. Otvorte, prosím, zabezpečený formulár pomocou odkazu nižšie.',
    'open.newTab':
      'Formulár sa otvorí na novej karte. Túto stránku, prosím, nezatvárajte: po dokončení na nej uvidíte výsledok.',
    'redirect.heading.import': 'Pripojte svoj bankový účet',
    'redirect.heading.update': 'Aktualizujte pripojenie k banke',
    'redirect.heading.payment': 'Potvrďte platbu vo svojej banke',
    'redirect.heading.standingOrder': 'Nastavte trvalý príkaz vo svojej banke',
    'redirect.heading.directDebit': 'Potvrďte inkaso vo svojej banke',
    'redirect.lead.import':
      'Účet pripojíte v zabezpečenom formulári spoločnosti finAPI, regulovaného poskytovateľa bankových služieb. Prihlasovacie údaje do internetového bankovníctva zadávate len tam, nikdy v tejto aplikácii.',
    'redirect.lead.update':
      'Vaša banka vyžaduje, aby ste pripojenie znova potvrdili. Urobíte to v zabezpečenom formulári spoločnosti finAPI, regulovaného poskytovateľa bankových služieb. Prihlasovacie údaje do internetového bankovníctva zadávate len tam, nikdy v tejto aplikácii.',
    'redirect.lead.payment':
      'Platbu schválite v zabezpečenom formulári spoločnosti finAPI, regulovaného poskytovateľa platobných služieb. Do svojej banky sa prihlasujete len tam, nikdy v tejto aplikácii.',
    'redirect.lead.standingOrder':
      'Trvalý príkaz schválite v zabezpečenom formulári spoločnosti finAPI, regulovaného poskytovateľa platobných služieb. Do svojej banky sa prihlasujete len tam, nikdy v tejto aplikácii.',
    'redirect.lead.directDebit':
      'Inkaso schválite v zabezpečenom formulári spoločnosti finAPI, regulovaného poskytovateľa platobných služieb. Do svojej banky sa prihlasujete len tam, nikdy v tejto aplikácii.',
    'redirect.stepsHeading': 'Čo bude nasledovať',
    'redirect.step.open': 'Otvorte zabezpečený formulár.',
    'redirect.step.confirm':
      'Prihláste sa do svojej banky a potvrďte, napríklad kódom z SMS alebo v bankovej aplikácii.',
    'redirect.step.return': 'Vráťte sa sem. Ukážeme vám výsledok.',
    'redirect.countdown': 'Na zabezpečený formulár budete automaticky presmerovaní {time}.',
    'redirect.countdownCancel': 'Zostať na tejto stránke',
    'redirect.countdownCancelled':
      'Automatické presmerovanie je vypnuté. Pokračujte, keď budete pripravení.',
    'waiting.heading.notYetOpened': 'Pokračujte v zabezpečenom formulári',
    'waiting.lead.notYetOpened': 'Ak sa zabezpečený formulár neotvoril, môžete ho otvoriť tu.',
    'waiting.heading.inProgress': 'Dokončite, prosím, zabezpečený formulár',
    'waiting.lead.inProgress':
      'Formulár je otvorený na inej karte alebo v inom okne. Dokončite ho tam a potom sa vráťte: táto stránka sa aktualizuje sama.',
    'waiting.timeLeft': {
      one: 'Zostáva {duration}',
      few: 'Zostávajú {duration}',
      many: 'Zostáva {duration}',
      other: 'Zostáva {duration}',
    },
    'waiting.timeUp': 'Čas na vyplnenie zabezpečeného formulára uplynul.',
    'waiting.closedHint': 'Zatvorili ste formulár omylom? Začnite znova a dostanete nový.',
    'waiting.restart': 'Začať znova',
    'checking.heading': 'Overujeme výsledok',
    'checking.lead': 'Chvíľu strpenia, prosím. Overujeme výsledok zabezpečeného formulára.',
    'completed.heading.import': 'Bankový účet pripojený',
    'completed.heading.update': 'Pripojenie k banke aktualizované',
    'completed.heading.payment': 'Platba odoslaná',
    'completed.heading.standingOrder': 'Trvalý príkaz nastavený',
    'completed.heading.directDebit': 'Inkaso odoslané',
    'completed.lead.import':
      'Váš bankový účet je teraz pripojený. Zobrazenie všetkých údajov môže chvíľu trvať.',
    'completed.lead.update': 'Vaše pripojenie k banke je opäť aktuálne.',
    'completed.lead.payment':
      'Vaša banka prijala platobný príkaz a vykoná ho v obvyklých lehotách spracovania.',
    'completed.lead.standingOrder':
      'Vaša banka prijala trvalý príkaz. Platby sa budú vykonávať v termínoch, ktoré ste zvolili.',
    'completed.lead.directDebit': 'Vaša banka prijala inkaso a spracuje ho v obvyklých lehotách.',
    'error.heading.ENTITY_EXISTS': 'Toto pripojenie k banke už existuje',
    'error.body.ENTITY_EXISTS':
      'Zvolený bankový účet je už pripojený, preto sa nič nové nepridalo. Existujúce pripojenie môžete naďalej používať.',
    'error.heading.BANK_SERVER_REJECTION': 'Vaša banka žiadosť odmietla',
    'error.body.BANK_SERVER_REJECTION':
      'Vaša banka proces ukončila, napríklad preto, že neprijala prihlasovacie údaje alebo potvrdzovací kód. Skontrolujte, prosím, svoje údaje a skúste to znova.',
    'error.heading.INTERNAL_ERROR': 'Vyskytla sa neočakávaná chyba',
    'error.body.INTERNAL_ERROR':
      'V zabezpečenom formulári sa vyskytla chyba, ktorej príčinu sa nepodarilo zistiť. Skúste to, prosím, neskôr. Ak sa chyba zopakuje, kontaktujte zákaznícku podporu a uveďte referenčný kód nižšie.',
    'error.heading.INTERRUPTED': 'Proces bol prerušený',
    'error.body.INTERRUPTED':
      'Zabezpečený formulár bol znova načítaný alebo otvorený v kroku, v ktorom to nie je možné. Začnite, prosím, znova a formulár dokončite bez opätovného načítania.',
    'error.heading.INVALID_TOKEN': 'Vaša relácia vypršala',
    'error.body.INVALID_TOKEN':
      'Vaša relácia vypršala, kým bol zabezpečený formulár otvorený. Začnite, prosím, znova; ak k tomu budete vyzvaní, najprv sa znova prihláste do tejto aplikácie.',
    'error.heading.MANDATOR_MISCONFIGURATION': 'Táto služba momentálne nie je dostupná',
    'error.body.MANDATOR_MISCONFIGURATION':
      'Služba nie je na našej strane správne nastavená. Sami to vyriešiť nemôžete: kontaktujte, prosím, zákaznícku podporu.',
    'error.heading.NO_ACCOUNTS_FOR_TYPE_LIST': 'Nenašli sme vhodný účet',
    'error.body.NO_ACCOUNTS_FOR_TYPE_LIST':
      'Žiadny z účtov v tomto bankovom prístupe nie je požadovaného typu, napríklad bežný účet. Skúste to, prosím, znova s iným účtom alebo bankou.',
    'error.heading.UNDETERMINED_BANK': 'Vašu banku sa nepodarilo určiť',
    'error.body.UNDETERMINED_BANK':
      'Zadané údaje jednoznačne nezodpovedajú jednej banke. Začnite, prosím, znova a vyberte svoju banku.',
    'error.heading.UNEXPECTED_ACCESS_RESPONSE': 'Neočakávaná odpoveď bankovej služby',
    'error.body.UNEXPECTED_ACCESS_RESPONSE':
      'Proces sa nepodarilo dokončiť pre neočakávanú odpoveď bankovej služby. Skúste to, prosím, neskôr. Ak sa chyba zopakuje, kontaktujte zákaznícku podporu a uveďte referenčný kód nižšie.',
    'error.heading.UNSUPPORTED_FEATURE': 'Vaša banka túto funkciu nepodporuje',
    'error.body.UNSUPPORTED_FEATURE':
      'Vaša banka túto funkciu neponúka, napríklad platby s budúcim dátumom splatnosti. Skúste to, prosím, znova s inými údajmi.',
    'error.heading.UNSUPPORTED_ORDER': 'Tento účet nemožno použiť na tento príkaz',
    'error.body.UNSUPPORTED_ORDER':
      'Zvolený účet nepodporuje tento typ príkazu. Skúste to, prosím, znova s iným účtom.',
    'error.heading.general': 'Proces sa nepodarilo dokončiť',
    'error.body.general':
      'V zabezpečenom formulári sa niečo pokazilo. Skúste to, prosím, znova. Ak problém pretrváva, kontaktujte zákaznícku podporu.',
    'error.restart': 'Skúsiť znova',
    'payment.notMade.payment': 'Žiadna platba nebola vykonaná',
    'payment.notMade.standingOrder': 'Žiadny trvalý príkaz nebol nastavený',
    'payment.notMade.directDebit': 'Žiadne inkaso nebolo vykonané',
    'payment.unknown.payment': 'Výsledok vašej platby zatiaľ nie je známy',
    'payment.unknown.standingOrder': 'Zatiaľ nie je známe, či bol váš trvalý príkaz nastavený',
    'payment.unknown.directDebit': 'Výsledok vášho inkasa zatiaľ nie je známy',
    'payment.unknown.lead':
      'Vaša banka môže príkaz ešte vykonať. Aby ste nezaplatili dvakrát, nezačínajte, prosím, znova: o chvíľu skontrolujte svoj účet alebo bankovú aplikáciu, prípadne kontaktujte zákaznícku podporu.',

    'expired.heading': 'Platnosť zabezpečeného formulára vypršala',
    'expired.lead':
      'Z bezpečnostných dôvodov platí formulár len obmedzený čas a ten uplynul skôr, ako sa proces dokončil. Nič sa nevykonalo.',
    'expired.restart': 'Začať znova',
    'aborted.heading': 'Proces zrušený',
    'aborted.lead':
      'Proces ste v zabezpečenom formulári zrušili, preto sa nič nevykonalo. Začať znova môžete kedykoľvek.',
    'aborted.restart': 'Začať znova',
    'webFormRequired.heading': 'Vaša banka potrebuje vaše potvrdenie',
    'webFormRequired.lead':
      'Pripojenie k banke sa nám nepodarilo aktualizovať na pozadí: vaša banka chce, aby ste ho potvrdili. Urobíte to v zabezpečenom formulári spoločnosti finAPI, regulovaného poskytovateľa bankových služieb. Prihlasovacie údaje do internetového bankovníctva zadávate len tam, nikdy v tejto aplikácii.',
    'connectionError.heading': 'Problém s pripojením',
    'connectionError.lead.network':
      'Nedarí sa nám spojiť s našou službou. Skontrolujte, prosím, pripojenie na internet a skúste to znova. Nič sa nestratí: budete pokračovať tam, kde ste skončili.',
    'connectionError.lead.timeout':
      'Naša služba odpovedá príliš dlho. Skúste to, prosím, znova. Nič sa nestratí: budete pokračovať tam, kde ste skončili.',
    'connectionError.lead.server':
      'Naša služba neodpovedala podľa očakávania. Skúste to, prosím, o chvíľu znova. Nič sa nestratí: budete pokračovať tam, kde ste skončili.',
    'connectionError.retry': 'Skúsiť znova',
    'connectionError.heading.tryLater': 'Teraz to nie je možné',
    'connectionError.lead.tryLater':
      'Pre túto vec už prebieha iný proces alebo bolo príliš veľa pokusov. Počkajte, prosím, niekoľko minút a skúste to znova. Nič sa nestratí.',
    'connectionError.heading.contactSupport': 'Tu nemôžeme pokračovať',
    'connectionError.lead.contactSupport':
      'Naša služba túto požiadavku nemohla prijať a nový pokus na tom nič nezmení. Kontaktujte, prosím, zákaznícku podporu.',
    'connectionError.heading.startAgain': 'Začnite, prosím, znova',
    'connectionError.lead.startAgain':
      'Vaša relácia skončila alebo tento proces už nie je platný, napríklad po dlhšej prestávke. Ak chcete pokračovať, začnite znova.',
    'connectionError.heading.appMisconfigured': 'Táto služba nie je správne nastavená',
    'connectionError.lead.appMisconfigured':
      'Jedno z nastavení tejto aplikácie je chybné, a preto nemožno zabezpečený formulár použiť. Sami to opraviť nemôžete: kontaktujte, prosím, zákaznícku podporu.',
  },
};

export default sk;
