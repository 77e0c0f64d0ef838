import type { HostedPageMessages } from './HostedPageMessages.ts';

export const de: HostedPageMessages = {
  lang: 'de',
  languageName: 'Deutsch',

  secureConnection: 'Sichere Verbindung',
  footer:
    'Simulator von finAPI Web Form 2.0, Teil von webform-kit. Es ist keine echte Bank beteiligt.',
  languageLabel: 'Sprache',
  languageSubmit: 'Ändern',

  progressLabel: 'Fortschritt',
  stepOf: 'Schritt {step} von {total}',
  stepNames: { bank: 'Bank', login: 'Anmelden', review: 'Prüfen', tan: 'Bestätigen' },
  purpose: {
    connect: 'Verbinden Sie Ihr Bankkonto, damit die App Ihre Konten und Umsätze anzeigen kann.',
    update: 'Erneuern Sie den Zugriff der App auf Ihr Bankkonto.',
    payment: 'Geben Sie eine Überweisung von Ihrem Bankkonto frei.',
    standingOrder: 'Richten Sie einen Dauerauftrag von Ihrem Bankkonto ein.',
    directDebit: 'Geben Sie den Einzug von Lastschriften auf Ihr Bankkonto frei.',
  },

  bankHeading: 'Wählen Sie Ihre Bank',
  bankLegend: 'Ihre Bank',
  bankDetails: 'BIC {bic} · BLZ {blz}',

  loginHeading: 'Bei {bank} anmelden',
  userIdLabel: 'Online-Banking-Kennung',
  pinLabel: 'PIN',
  loginHint:
    'Diese Bank ist simuliert: Jede Anmeldung funktioniert, und nichts wird an eine Bank gesendet.',

  reviewHeading: {
    payment: 'Zahlung prüfen',
    standingOrder: 'Dauerauftrag prüfen',
    directDebit: 'Lastschrift prüfen',
  },

  tanHeading: 'Mit TAN bestätigen',
  tanIntro: '{bank} hat eine TAN an Ihre Banking-App gesendet.',
  tanLabel: 'TAN',
  tanHint: 'Simulierte Bank: Beliebige sechs Ziffern funktionieren.',

  amount: 'Betrag',
  total: 'Summe',
  to: 'An',
  from: 'Von',
  iban: 'IBAN',
  reference: 'Verwendungszweck',
  executionDate: 'Ausführungsdatum',
  firstPayment: 'Erste Zahlung',
  lastPayment: 'Letzte Zahlung',
  frequency: 'Turnus',
  frequencies: {
    MONTHLY: 'Monatlich',
    EVERY_TWO_MONTHS: 'Alle zwei Monate',
    QUARTERLY: 'Vierteljährlich',
    SEMI_ANNUAL: 'Halbjährlich',
    ANNUAL: 'Jährlich',
  },
  mandate: 'Mandat',
  connectedAccount: 'Verbundenes Konto Nr. {id}',
  instantPayment: 'Echtzeitüberweisung',
  connectionName: 'Name der Verbindung',
  transfers: '{count} Überweisungen',
  collections: '{count} Lastschriften',
  moreLines: 'und {count} weitere',
  heroTo: 'an {name}',
  heroFrom: 'von {name}',

  continue: 'Weiter',
  logIn: 'Anmelden',
  confirm: {
    connect: 'Konto verbinden',
    update: 'Bestätigen',
    payment: 'Zahlung bestätigen',
    standingOrder: 'Dauerauftrag einrichten',
    directDebit: 'Lastschrift bestätigen',
  },
  cancel: 'Abbrechen',

  fieldRequired: 'Bitte füllen Sie dieses Feld aus.',
  tanInvalid: 'Geben Sie die sechs Ziffern der TAN ein.',
  bankRequired: 'Wählen Sie Ihre Bank.',

  validFor: 'Diese Seite ist noch {duration} gültig.',

  completedHeading: {
    connect: 'Bankkonto verbunden',
    update: 'Bankverbindung aktualisiert',
    payment: 'Zahlung übermittelt',
    standingOrder: 'Dauerauftrag eingerichtet',
    directDebit: 'Lastschrift übermittelt',
  },
  completedText: 'Ihr Auftrag wurde abgeschlossen.',
  closeTab: 'Sie können diesen Tab jetzt schließen und zur App zurückkehren.',
  errorHeading: 'Etwas ist schiefgelaufen',
  errorText: 'Der Vorgang konnte nicht abgeschlossen werden.',
  errorReference: 'Referenz für den Kundenservice:',
  backToApp: 'Zurück zur App',
  support: 'Kundenservice kontaktieren',
  abortedHeading: 'Abgebrochen',
  abortedText: 'Sie haben den Vorgang abgebrochen.',
  alreadyOpenedHeading: 'Dieser Link wurde bereits verwendet',
  alreadyOpenedText:
    'Zu Ihrer Sicherheit kann ein Web-Form-Link nur einmal geöffnet werden. Kehren Sie zur App zurück und beginnen Sie neu.',
  expiredHeading: 'Dieses Web-Formular ist abgelaufen',
  expiredText:
    'Web-Form-Links sind nur begrenzte Zeit gültig. Kehren Sie zur App zurück und beginnen Sie neu.',
  finishedHeading: 'Dieses Web-Formular ist bereits beendet',
  finishedText: 'Kehren Sie zur App zurück, um das Ergebnis zu sehen.',
  notFoundHeading: 'Web-Formular nicht gefunden',
  notFoundText:
    'Dieser Link ist ungültig, oder das Web-Formular wurde gelöscht. Kehren Sie zur App zurück und beginnen Sie neu.',
  forbiddenHeading: 'Diese Seite kann das Web-Formular nicht beenden',
  forbiddenText: 'Nur die Seite, die das Web-Formular geöffnet hat, kann es beenden.',
  badRequestHeading: 'Ungültige Anfrage',
  chooseErrorCode: 'Wählen Sie einen der Fehlercodes.',

  demoHeading: 'Demo-Steuerung',
  demoText:
    'Nicht Teil des finAPI-Formulars: Beenden Sie dieses Web-Formular sofort, aus jedem Schritt.',
};
