import type { MessageCatalogue } from '../Messages.ts';

/**
 * Czech (vykání), as Czech banking apps address their customers.
 *
 * @example
 * import { cs } from '@webform-kit/react/locales/cs';
 */
export const cs: MessageCatalogue = {
  lang: 'cs',
  messages: {
    'common.cancel': 'Zrušit',
    'common.continue': 'Pokračovat',
    'common.support': 'Kontaktovat zákaznickou podporu',
    'common.opensInNewTab': '(otevře se v nové záložce)',
    'common.closeTab': 'Zavřít tuto záložku',
    'common.supportReference': 'Referenční kód pro zákaznickou podporu',
    'common.copy': 'Kopírovat',
    'common.copied': 'Zkopírováno',

    'summary.amount': 'Částka',
    'summary.payee': 'Příjemce',
    'summary.purpose': 'Účel platby',
    'summary.reference': 'Referenční číslo',
    'summary.paymentId': 'ID platby',
    'open.button': 'Pokračovat na zabezpečený formulář',
    'open.link': 'Otevřít zabezpečený formulář',
    'open.preparing': 'Připravujeme zabezpečený formulář…',
    'open.popupBlocked':
      'Váš prohlížeč zablokoval novou záložku. Otevřete prosím zabezpečený formulář pomocí odkazu níže.',
    'open.newTab':
      'Formulář se otevře v nové záložce. Tuto stránku prosím nezavírejte: po dokončení na ní uvidíte výsledek.',
    'redirect.heading.import': 'Připojte svůj bankovní účet',
    'redirect.heading.update': 'Aktualizujte připojení k bance',
    'redirect.heading.payment': 'Potvrďte platbu u své banky',
    'redirect.heading.standingOrder': 'Nastavte trvalý příkaz u své banky',
    'redirect.heading.directDebit': 'Potvrďte inkaso u své banky',
    'redirect.lead.import':
      'Účet připojíte v zabezpečeném formuláři společnosti finAPI, regulovaného poskytovatele bankovních služeb. Přihlašovací údaje do internetového bankovnictví zadáváte pouze tam, nikdy v této aplikaci.',
    'redirect.lead.update':
      'Vaše banka vyžaduje, abyste připojení znovu potvrdili. Uděláte to v zabezpečeném formuláři společnosti finAPI, regulovaného poskytovatele bankovních služeb. Přihlašovací údaje do internetového bankovnictví zadáváte pouze tam, nikdy v této aplikaci.',
    'redirect.lead.payment':
      'Platbu schválíte v zabezpečeném formuláři společnosti finAPI, regulovaného poskytovatele platebních služeb. Do své banky se přihlašujete pouze tam, nikdy v této aplikaci.',
    'redirect.lead.standingOrder':
      'Trvalý příkaz schválíte v zabezpečeném formuláři společnosti finAPI, regulovaného poskytovatele platebních služeb. Do své banky se přihlašujete pouze tam, nikdy v této aplikaci.',
    'redirect.lead.directDebit':
      'Inkaso schválíte v zabezpečeném formuláři společnosti finAPI, regulovaného poskytovatele platebních služeb. Do své banky se přihlašujete pouze tam, nikdy v této aplikaci.',
    'redirect.stepsHeading': 'Jak to bude probíhat',
    'redirect.step.open': 'Otevřete zabezpečený formulář.',
    'redirect.step.confirm':
      'Přihlaste se do své banky a potvrďte, například kódem z SMS nebo v bankovní aplikaci.',
    'redirect.step.return': 'Vraťte se sem. Ukážeme vám výsledek.',
    'redirect.countdown': 'Na zabezpečený formulář budete automaticky přesměrováni {time}.',
    'redirect.countdownCancel': 'Zůstat na této stránce',
    'redirect.countdownCancelled':
      'Automatické přesměrování je vypnuté. Pokračujte, až budete připraveni.',
    'waiting.heading.notYetOpened': 'Pokračujte v zabezpečeném formuláři',
    'waiting.lead.notYetOpened': 'Pokud se zabezpečený formulář neotevřel, můžete ho otevřít zde.',
    'waiting.heading.inProgress': 'Dokončete prosím zabezpečený formulář',
    'waiting.lead.inProgress':
      'Formulář je otevřený v jiné záložce nebo okně. Dokončete ho tam a pak se vraťte: tato stránka se aktualizuje sama.',
    'waiting.timeLeft': {
      one: 'Zbývá {duration}',
      few: 'Zbývají {duration}',
      many: 'Zbývá {duration}',
      other: 'Zbývá {duration}',
    },
    'waiting.timeUp': 'Čas na vyplnění zabezpečeného formuláře vypršel.',
    'waiting.closedHint': 'Zavřeli jste formulář omylem? Začněte znovu a získáte nový.',
    'waiting.restart': 'Začít znovu',
    'checking.heading': 'Ověřujeme výsledek',
    'checking.lead': 'Chvilku strpení, prosím. Ověřujeme výsledek zabezpečeného formuláře.',
    'completed.heading.import': 'Bankovní účet připojen',
    'completed.heading.update': 'Připojení k bance aktualizováno',
    'completed.heading.payment': 'Platba odeslána',
    'completed.heading.standingOrder': 'Trvalý příkaz nastaven',
    'completed.heading.directDebit': 'Inkaso odesláno',
    'completed.lead.import':
      'Váš bankovní účet je nyní připojen. Zobrazení všech údajů může chvíli trvat.',
    'completed.lead.update': 'Vaše připojení k bance je opět aktuální.',
    'completed.lead.payment':
      'Vaše banka přijala platební příkaz a provede ho v obvyklých lhůtách zpracování.',
    'completed.lead.standingOrder':
      'Vaše banka přijala trvalý příkaz. Platby budou provedeny ve vámi zvolených termínech.',
    'completed.lead.directDebit': 'Vaše banka přijala inkaso a zpracuje ho v obvyklých lhůtách.',
    'error.heading.ENTITY_EXISTS': 'Toto připojení k bance už existuje',
    'error.body.ENTITY_EXISTS':
      'Zvolený bankovní účet je už připojený, proto nebylo nic nového přidáno. Stávající připojení můžete dál používat.',
    'error.heading.BANK_SERVER_REJECTION': 'Vaše banka žádost odmítla',
    'error.body.BANK_SERVER_REJECTION':
      'Vaše banka proces ukončila, například proto, že nepřijala přihlašovací údaje nebo potvrzovací kód. Zkontrolujte prosím své údaje a zkuste to znovu.',
    'error.heading.INTERNAL_ERROR': 'Došlo k neočekávané chybě',
    'error.body.INTERNAL_ERROR':
      'V zabezpečeném formuláři došlo k chybě, jejíž příčinu se nepodařilo zjistit. Zkuste to prosím později. Pokud se chyba zopakuje, kontaktujte zákaznickou podporu a uveďte referenční kód níže.',
    'error.heading.INTERRUPTED': 'Proces byl přerušen',
    'error.body.INTERRUPTED':
      'Zabezpečený formulář byl znovu načten nebo otevřen v kroku, kde to není možné. Začněte prosím znovu a formulář dokončete bez opětovného načtení.',
    'error.heading.INVALID_TOKEN': 'Vaše relace vypršela',
    'error.body.INVALID_TOKEN':
      'Vaše relace vypršela, zatímco byl zabezpečený formulář otevřený. Začněte prosím znovu; pokud k tomu budete vyzváni, nejprve se znovu přihlaste do této aplikace.',
    'error.heading.MANDATOR_MISCONFIGURATION': 'Tato služba momentálně není dostupná',
    'error.body.MANDATOR_MISCONFIGURATION':
      'Služba není na naší straně správně nastavena. Sami to vyřešit nemůžete: kontaktujte prosím zákaznickou podporu.',
    'error.heading.NO_ACCOUNTS_FOR_TYPE_LIST': 'Nenašli jsme vhodný účet',
    'error.body.NO_ACCOUNTS_FOR_TYPE_LIST':
      'Žádný z účtů v tomto bankovním přístupu není požadovaného typu, například běžný účet. Zkuste to prosím znovu s jiným účtem nebo bankou.',
    'error.heading.UNDETERMINED_BANK': 'Vaši banku se nepodařilo určit',
    'error.body.UNDETERMINED_BANK':
      'Zadané údaje neodpovídají jednoznačně jedné bance. Začněte prosím znovu a vyberte svou banku.',
    'error.heading.UNEXPECTED_ACCESS_RESPONSE': 'Neočekávaná odpověď bankovní služby',
    'error.body.UNEXPECTED_ACCESS_RESPONSE':
      'Proces nebylo možné dokončit kvůli neočekávané odpovědi bankovní služby. Zkuste to prosím později. Pokud se chyba zopakuje, kontaktujte zákaznickou podporu a uveďte referenční kód níže.',
    'error.heading.UNSUPPORTED_FEATURE': 'Vaše banka tuto funkci nepodporuje',
    'error.body.UNSUPPORTED_FEATURE':
      'Vaše banka tuto funkci nenabízí, například platby s budoucím datem splatnosti. Zkuste to prosím znovu s jinými údaji.',
    'error.heading.UNSUPPORTED_ORDER': 'Tento účet nelze pro tento příkaz použít',
    'error.body.UNSUPPORTED_ORDER':
      'Zvolený účet tento typ příkazu nepodporuje. Zkuste to prosím znovu s jiným účtem.',
    'error.heading.general': 'Proces se nepodařilo dokončit',
    'error.body.general':
      'V zabezpečeném formuláři se něco pokazilo. Zkuste to prosím znovu. Pokud problém přetrvává, kontaktujte zákaznickou podporu.',
    'error.restart': 'Zkusit znovu',
    'payment.notMade.payment': 'Žádná platba nebyla provedena',
    'payment.notMade.standingOrder': 'Žádný trvalý příkaz nebyl nastaven',
    'payment.notMade.directDebit': 'Žádné inkaso nebylo provedeno',
    'payment.unknown.payment': 'Výsledek vaší platby zatím není znám',
    'payment.unknown.standingOrder': 'Zatím není známo, zda byl váš trvalý příkaz nastaven',
    'payment.unknown.directDebit': 'Výsledek vašeho inkasa zatím není znám',
    'payment.unknown.lead':
      'Vaše banka může příkaz ještě provést. Abyste nezaplatili dvakrát, nezačínejte prosím znovu: za chvíli zkontrolujte svůj účet nebo bankovní aplikaci, případně kontaktujte zákaznickou podporu.',

    'expired.heading': 'Platnost zabezpečeného formuláře vypršela',
    'expired.lead':
      'Z bezpečnostních důvodů platí formulář jen omezenou dobu a ta uplynula dříve, než byl proces dokončen. Nic nebylo provedeno.',
    'expired.restart': 'Začít znovu',
    'aborted.heading': 'Proces zrušen',
    'aborted.lead':
      'Proces jste v zabezpečeném formuláři zrušili, proto nebylo nic provedeno. Začít znovu můžete kdykoli.',
    'aborted.restart': 'Začít znovu',
    'webFormRequired.heading': 'Vaše banka potřebuje vaše potvrzení',
    'webFormRequired.lead':
      'Připojení k bance se nám nepodařilo aktualizovat na pozadí: vaše banka chce, abyste ho potvrdili. Uděláte to v zabezpečeném formuláři společnosti finAPI, regulovaného poskytovatele bankovních služeb. Přihlašovací údaje do internetového bankovnictví zadáváte pouze tam, nikdy v této aplikaci.',
    'connectionError.heading': 'Problém s připojením',
    'connectionError.lead.network':
      'Nedaří se nám spojit s naší službou. Zkontrolujte prosím připojení k internetu a zkuste to znovu. Nic se neztratí: budete pokračovat tam, kde jste skončili.',
    'connectionError.lead.timeout':
      'Naše služba odpovídá příliš dlouho. Zkuste to prosím znovu. Nic se neztratí: budete pokračovat tam, kde jste skončili.',
    'connectionError.lead.server':
      'Naše služba neodpověděla podle očekávání. Zkuste to prosím za chvíli znovu. Nic se neztratí: budete pokračovat tam, kde jste skončili.',
    'connectionError.retry': 'Zkusit znovu',
    'connectionError.heading.tryLater': 'Teď to není možné',
    'connectionError.lead.tryLater':
      'Pro tuto věc už probíhá jiný proces, nebo bylo příliš mnoho pokusů. Počkejte prosím několik minut a zkuste to znovu. Nic se neztratí.',
    'connectionError.heading.contactSupport': 'Tady nemůžeme pokračovat',
    'connectionError.lead.contactSupport':
      'Naše služba tento požadavek nemohla přijmout a nový pokus na tom nic nezmění. Kontaktujte prosím zákaznickou podporu.',
    'connectionError.heading.startAgain': 'Začněte prosím znovu',
    'connectionError.lead.startAgain':
      'Vaše relace skončila nebo tento proces už není platný, například po delší přestávce. Chcete-li pokračovat, začněte znovu.',
    'connectionError.heading.appMisconfigured': 'Tato služba není správně nastavena',
    'connectionError.lead.appMisconfigured':
      'Jedno z nastavení této aplikace je chybné, a proto nelze zabezpečený formulář použít. Sami to opravit nemůžete: kontaktujte prosím zákaznickou podporu.',
  },
};

export default cs;
