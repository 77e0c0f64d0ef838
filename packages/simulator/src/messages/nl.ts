import type { HostedPageMessages } from './HostedPageMessages.ts';

export const nl: HostedPageMessages = {
  lang: 'nl',
  languageName: 'Nederlands',

  secureConnection: 'Beveiligde verbinding',
  footer:
    'Simulator van finAPI Web Form 2.0, onderdeel van webform-kit. Er is geen echte bank bij betrokken.',
  languageLabel: 'Taal',
  languageSubmit: 'Wijzigen',

  progressLabel: 'Voortgang',
  stepOf: 'Stap {step} van {total}',
  stepNames: { bank: 'Bank', login: 'Inloggen', review: 'Controleren', tan: 'Bevestigen' },
  purpose: {
    connect: 'Koppel je bankrekening, zodat de app je rekeningen en transacties kan tonen.',
    update: 'Vernieuw de toegang van de app tot je bankrekening.',
    payment: 'Keur een overboeking van je bankrekening goed.',
    standingOrder: 'Stel een periodieke overboeking in vanaf je bankrekening.',
    directDebit: 'Keur het innen van incasso’s op je bankrekening goed.',
  },

  bankHeading: 'Kies je bank',
  bankLegend: 'Je bank',
  bankDetails: 'BIC {bic} · bankcode {blz}',

  loginHeading: 'Inloggen bij {bank}',
  userIdLabel: 'Gebruikersnaam internetbankieren',
  pinLabel: 'Pincode',
  loginHint: 'Deze bank is gesimuleerd: elke login werkt en er wordt niets naar een bank gestuurd.',

  reviewHeading: {
    payment: 'Controleer je betaling',
    standingOrder: 'Controleer je periodieke overboeking',
    directDebit: 'Controleer je incasso',
  },

  tanHeading: 'Bevestigen met een TAN',
  tanIntro: '{bank} heeft een TAN naar je bank-app gestuurd.',
  tanLabel: 'TAN',
  tanHint: 'Gesimuleerde bank: elke zes cijfers werken.',

  amount: 'Bedrag',
  total: 'Totaal',
  to: 'Aan',
  from: 'Van',
  iban: 'IBAN',
  reference: 'Omschrijving',
  executionDate: 'Uitvoeringsdatum',
  firstPayment: 'Eerste betaling',
  lastPayment: 'Laatste betaling',
  frequency: 'Frequentie',
  frequencies: {
    MONTHLY: 'Maandelijks',
    EVERY_TWO_MONTHS: 'Elke twee maanden',
    QUARTERLY: 'Per kwartaal',
    SEMI_ANNUAL: 'Per halfjaar',
    ANNUAL: 'Jaarlijks',
  },
  mandate: 'Machtiging',
  connectedAccount: 'Gekoppelde rekening nr. {id}',
  instantPayment: 'Directe overboeking',
  connectionName: 'Naam van de koppeling',
  transfers: '{count} overboekingen',
  collections: '{count} incasso’s',
  moreLines: 'en nog {count}',
  heroTo: 'aan {name}',
  heroFrom: 'van {name}',

  continue: 'Doorgaan',
  logIn: 'Inloggen',
  confirm: {
    connect: 'Rekening koppelen',
    update: 'Bevestigen',
    payment: 'Betaling bevestigen',
    standingOrder: 'Periodieke overboeking instellen',
    directDebit: 'Incasso bevestigen',
  },
  cancel: 'Annuleren',

  fieldRequired: 'Vul dit veld in.',
  tanInvalid: 'Voer de zes cijfers van de TAN in.',
  bankRequired: 'Kies je bank.',

  validFor: 'Deze pagina blijft nog {duration} geldig.',

  completedHeading: {
    connect: 'Bankrekening gekoppeld',
    update: 'Bankkoppeling bijgewerkt',
    payment: 'Betaling verstuurd',
    standingOrder: 'Periodieke overboeking ingesteld',
    directDebit: 'Incasso verstuurd',
  },
  completedText: 'Je verzoek is afgerond.',
  closeTab: 'Je kunt dit tabblad nu sluiten en teruggaan naar de app.',
  errorHeading: 'Er ging iets mis',
  errorText: 'Het proces kon niet worden afgerond.',
  errorReference: 'Referentie voor de klantenservice:',
  backToApp: 'Terug naar de app',
  support: 'Contact opnemen met de klantenservice',
  abortedHeading: 'Geannuleerd',
  abortedText: 'Je hebt het proces geannuleerd.',
  alreadyOpenedHeading: 'Deze link is al gebruikt',
  alreadyOpenedText:
    'Voor je veiligheid kan een link naar een webformulier maar één keer worden geopend. Ga terug naar de app en begin opnieuw.',
  expiredHeading: 'Dit webformulier is verlopen',
  expiredText:
    'Links naar webformulieren zijn maar beperkte tijd geldig. Ga terug naar de app en begin opnieuw.',
  finishedHeading: 'Dit webformulier is al afgerond',
  finishedText: 'Ga terug naar de app om het resultaat te zien.',
  notFoundHeading: 'Webformulier niet gevonden',
  notFoundText:
    'Deze link is ongeldig of het webformulier is verwijderd. Ga terug naar de app en begin opnieuw.',
  forbiddenHeading: 'Deze pagina kan het webformulier niet afronden',
  forbiddenText: 'Alleen de pagina die het webformulier heeft geopend, kan het afronden.',
  badRequestHeading: 'Ongeldig verzoek',
  chooseErrorCode: 'Kies een van de foutcodes.',

  demoHeading: 'Demo-bediening',
  demoText:
    'Geen onderdeel van het finAPI-formulier: rond dit webformulier meteen af, vanuit elke stap.',
};
