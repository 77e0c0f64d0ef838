import type { MessageCatalogue } from '../Messages.ts';

/**
 * Dutch (u), as Dutch banking apps address their customers.
 *
 * @example
 * import { nl } from '@webform-kit/react/locales/nl';
 */
export const nl: MessageCatalogue = {
  lang: 'nl',
  messages: {
    'common.cancel': 'Annuleren',
    'common.continue': 'Doorgaan',
    'common.support': 'Contact opnemen met de klantenservice',
    'common.opensInNewTab': '(opent in een nieuw tabblad)',
    'common.closeTab': 'Dit tabblad sluiten',
    'common.supportReference': 'Referentie voor de klantenservice',
    'common.copy': 'Kopiëren',
    'common.copied': 'Gekopieerd',

    'summary.amount': 'Bedrag',
    'summary.payee': 'Ontvanger',
    'summary.purpose': 'Omschrijving',
    'summary.reference': 'Referentie',
    'summary.paymentId': 'Betalings-ID',
    'open.button': 'Verder naar het beveiligde formulier',
    'open.link': 'Beveiligd formulier openen',
    'open.preparing': 'Beveiligd formulier wordt voorbereid…',
    'open.popupBlocked':
      'Uw browser heeft het nieuwe tabblad geblokkeerd. Open het beveiligde formulier via de link hieronder.',
    'open.newTab':
      'Het formulier opent in een nieuw tabblad. Houd deze pagina open: hier ziet u het resultaat zodra u klaar bent.',
    'redirect.heading.import': 'Uw bankrekening koppelen',
    'redirect.heading.update': 'Uw bankkoppeling bijwerken',
    'redirect.heading.payment': 'Uw betaling bevestigen bij uw bank',
    'redirect.heading.standingOrder': 'Uw periodieke overboeking instellen bij uw bank',
    'redirect.heading.directDebit': 'Uw incasso bevestigen bij uw bank',
    'redirect.lead.import':
      'U koppelt uw rekening in een beveiligd formulier van finAPI, een gereguleerde aanbieder van bankdiensten. Uw inloggegevens voor internetbankieren vult u daar in, nooit in deze app.',
    'redirect.lead.update':
      'Uw bank vraagt u de koppeling opnieuw te bevestigen. Dat doet u in een beveiligd formulier van finAPI, een gereguleerde aanbieder van bankdiensten. Uw inloggegevens voor internetbankieren vult u daar in, nooit in deze app.',
    'redirect.lead.payment':
      'U keurt de betaling goed in een beveiligd formulier van finAPI, een gereguleerde betaaldienstverlener. Daar logt u in bij uw bank, nooit in deze app.',
    'redirect.lead.standingOrder':
      'U keurt de periodieke overboeking goed in een beveiligd formulier van finAPI, een gereguleerde betaaldienstverlener. Daar logt u in bij uw bank, nooit in deze app.',
    'redirect.lead.directDebit':
      'U keurt de incasso goed in een beveiligd formulier van finAPI, een gereguleerde betaaldienstverlener. Daar logt u in bij uw bank, nooit in deze app.',
    'redirect.stepsHeading': 'Zo gaat het verder',
    'redirect.step.open': 'Open het beveiligde formulier.',
    'redirect.step.confirm':
      'Log in bij uw bank en bevestig, bijvoorbeeld met een code of in uw bankapp.',
    'redirect.step.return': 'Kom hier terug. Wij tonen u het resultaat.',
    'redirect.countdown': 'U wordt {time} automatisch doorgestuurd naar het beveiligde formulier.',
    'redirect.countdownCancel': 'Op deze pagina blijven',
    'redirect.countdownCancelled':
      'Automatisch doorsturen staat uit. Ga verder wanneer u er klaar voor bent.',
    'waiting.heading.notYetOpened': 'Ga verder in het beveiligde formulier',
    'waiting.lead.notYetOpened':
      'Is het beveiligde formulier niet geopend? Dan kunt u het hier openen.',
    'waiting.heading.inProgress': 'Rond het beveiligde formulier af',
    'waiting.lead.inProgress':
      'Het formulier is geopend in een ander tabblad of venster. Rond het daar af en kom dan terug: deze pagina wordt vanzelf bijgewerkt.',
    'waiting.timeLeft': { one: 'Nog {duration}', other: 'Nog {duration}' },
    'waiting.timeUp': 'De tijd voor het beveiligde formulier is verstreken.',
    'waiting.closedHint':
      'Formulier per ongeluk gesloten? Begin opnieuw om een nieuw formulier te krijgen.',
    'waiting.restart': 'Opnieuw beginnen',
    'checking.heading': 'Resultaat wordt gecontroleerd',
    'checking.lead': 'Een moment geduld. We bevestigen het resultaat van het beveiligde formulier.',
    'completed.heading.import': 'Bankrekening gekoppeld',
    'completed.heading.update': 'Bankkoppeling bijgewerkt',
    'completed.heading.payment': 'Betaling verzonden',
    'completed.heading.standingOrder': 'Periodieke overboeking ingesteld',
    'completed.heading.directDebit': 'Incasso verzonden',
    'completed.lead.import':
      'Uw bankrekening is nu gekoppeld. Het kan even duren voordat al uw gegevens zichtbaar zijn.',
    'completed.lead.update': 'Uw bankkoppeling is weer up-to-date.',
    'completed.lead.payment':
      'Uw bank heeft de betaalopdracht ontvangen en voert deze uit binnen de gebruikelijke verwerkingstijden.',
    'completed.lead.standingOrder':
      'Uw bank heeft de periodieke overboeking ontvangen. De betalingen worden uitgevoerd op de data die u hebt gekozen.',
    'completed.lead.directDebit':
      'Uw bank heeft de incasso ontvangen en verwerkt deze binnen de gebruikelijke verwerkingstijden.',
    'error.heading.ENTITY_EXISTS': 'Deze bankkoppeling bestaat al',
    'error.body.ENTITY_EXISTS':
      'De gekozen bankrekening is al gekoppeld, dus er is niets nieuws toegevoegd. U kunt de bestaande koppeling blijven gebruiken.',
    'error.heading.BANK_SERVER_REJECTION': 'Uw bank heeft het verzoek geweigerd',
    'error.body.BANK_SERVER_REJECTION':
      'Uw bank heeft het proces gestopt, bijvoorbeeld omdat de inloggegevens of de code niet werden geaccepteerd. Controleer uw gegevens en probeer het opnieuw.',
    'error.heading.INTERNAL_ERROR': 'Er is een onverwachte fout opgetreden',
    'error.body.INTERNAL_ERROR':
      'In het beveiligde formulier is een fout opgetreden waarvan de oorzaak niet kon worden vastgesteld. Probeer het later opnieuw. Treedt de fout weer op? Neem dan contact op met de klantenservice en vermeld de referentie hieronder.',
    'error.heading.INTERRUPTED': 'Het proces is onderbroken',
    'error.body.INTERRUPTED':
      'Het beveiligde formulier is opnieuw geladen of opnieuw geopend bij een stap waarbij dat niet kan. Begin opnieuw en rond het formulier af zonder het opnieuw te laden.',
    'error.heading.INVALID_TOKEN': 'Uw sessie is verlopen',
    'error.body.INVALID_TOKEN':
      'Uw sessie is verlopen terwijl het beveiligde formulier open was. Begin opnieuw; log eerst opnieuw in bij deze app als daarom wordt gevraagd.',
    'error.heading.MANDATOR_MISCONFIGURATION': 'Deze dienst is momenteel niet beschikbaar',
    'error.body.MANDATOR_MISCONFIGURATION':
      'De dienst is aan onze kant niet goed ingesteld. U kunt dit niet zelf oplossen: neem contact op met de klantenservice.',
    'error.heading.NO_ACCOUNTS_FOR_TYPE_LIST': 'Geen geschikte rekening gevonden',
    'error.body.NO_ACCOUNTS_FOR_TYPE_LIST':
      'Geen van de rekeningen bij deze banktoegang is van het soort dat hier nodig is, bijvoorbeeld een betaalrekening. Probeer het opnieuw met een andere rekening of bank.',
    'error.heading.UNDETERMINED_BANK': 'Uw bank kon niet worden bepaald',
    'error.body.UNDETERMINED_BANK':
      'De opgegeven gegevens wezen niet naar precies één bank. Begin opnieuw en kies uw bank.',
    'error.heading.UNEXPECTED_ACCESS_RESPONSE': 'Onverwacht antwoord van de bankdienst',
    'error.body.UNEXPECTED_ACCESS_RESPONSE':
      'Het proces kon niet worden afgerond door een onverwacht antwoord van de bankdienst. Probeer het later opnieuw. Treedt de fout weer op? Neem dan contact op met de klantenservice en vermeld de referentie hieronder.',
    'error.heading.UNSUPPORTED_FEATURE': 'Uw bank ondersteunt dit niet',
    'error.body.UNSUPPORTED_FEATURE':
      'Uw bank biedt deze functie niet aan, bijvoorbeeld betalingen met een uitvoeringsdatum in de toekomst. Probeer het opnieuw met andere gegevens.',
    'error.heading.UNSUPPORTED_ORDER': 'Deze rekening kan niet worden gebruikt voor deze opdracht',
    'error.body.UNSUPPORTED_ORDER':
      'De gekozen rekening ondersteunt dit soort opdracht niet. Probeer het opnieuw met een andere rekening.',
    'error.heading.general': 'Het proces kon niet worden afgerond',
    'error.body.general':
      'Er is iets misgegaan in het beveiligde formulier. Probeer het opnieuw. Blijft het probleem bestaan? Neem dan contact op met de klantenservice.',
    'error.restart': 'Opnieuw proberen',
    'payment.notMade.payment': 'Er is geen betaling gedaan',
    'payment.notMade.standingOrder': 'Er is geen periodieke overboeking ingesteld',
    'payment.notMade.directDebit': 'Er is geen incasso uitgevoerd',
    'payment.unknown.payment': 'De uitkomst van uw betaling is nog niet bekend',
    'payment.unknown.standingOrder':
      'Het is nog niet bekend of uw periodieke overboeking is ingesteld',
    'payment.unknown.directDebit': 'De uitkomst van uw incasso is nog niet bekend',
    'payment.unknown.lead':
      'Uw bank kan de opdracht nog uitvoeren. Begin niet opnieuw, zodat u niet twee keer betaalt: controleer over een tijdje uw rekening of bankapp, of neem contact op met de klantenservice.',

    'expired.heading': 'Het beveiligde formulier is verlopen',
    'expired.lead':
      'Voor uw veiligheid is het formulier maar beperkte tijd geldig, en die tijd was om voordat het proces klaar was. Er is niets afgerond.',
    'expired.restart': 'Opnieuw beginnen',
    'aborted.heading': 'Proces geannuleerd',
    'aborted.lead':
      'U hebt het proces in het beveiligde formulier geannuleerd, dus er is niets afgerond. U kunt op elk moment opnieuw beginnen.',
    'aborted.restart': 'Opnieuw beginnen',
    'webFormRequired.heading': 'Uw bank vraagt om uw bevestiging',
    'webFormRequired.lead':
      'We konden uw bankkoppeling niet op de achtergrond bijwerken: uw bank wil dat u deze bevestigt. Dat doet u in een beveiligd formulier van finAPI, een gereguleerde aanbieder van bankdiensten. Uw inloggegevens voor internetbankieren vult u daar in, nooit in deze app.',
    'connectionError.heading': 'Verbindingsprobleem',
    'connectionError.lead.network':
      'We kunnen onze dienst niet bereiken. Controleer uw internetverbinding en probeer het opnieuw. Er gaat niets verloren: u gaat verder waar u was gebleven.',
    'connectionError.lead.timeout':
      'Onze dienst reageert te traag. Probeer het opnieuw. Er gaat niets verloren: u gaat verder waar u was gebleven.',
    'connectionError.lead.server':
      'Onze dienst gaf niet het verwachte antwoord. Probeer het zo opnieuw. Er gaat niets verloren: u gaat verder waar u was gebleven.',
    'connectionError.retry': 'Opnieuw proberen',
    'connectionError.heading.tryLater': 'Nu even niet mogelijk',
    'connectionError.lead.tryLater':
      'Hiervoor loopt al een proces, of er zijn te veel pogingen gedaan. Wacht een paar minuten en probeer het dan opnieuw. Er gaat niets verloren.',
    'connectionError.heading.contactSupport': 'We kunnen hier niet verder',
    'connectionError.lead.contactSupport':
      'Onze dienst kon dit verzoek niet aannemen, en opnieuw proberen verandert daar niets aan. Neem contact op met de klantenservice.',
    'connectionError.heading.startAgain': 'Begin opnieuw',
    'connectionError.lead.startAgain':
      'Uw sessie is verlopen of dit proces is niet meer geldig, bijvoorbeeld na een lange pauze. Begin opnieuw om verder te gaan.',
    'connectionError.heading.appMisconfigured': 'Deze dienst is niet goed ingesteld',
    'connectionError.lead.appMisconfigured':
      'Een instelling van deze app klopt niet, waardoor het beveiligde formulier niet kan worden gebruikt. U kunt dit niet zelf oplossen: neem contact op met de klantenservice.',
  },
};

export default nl;
