import type { MessageCatalogue } from '../Messages.ts';

/**
 * German (Sie), as German banking apps address their customers.
 *
 * @example
 * import { de } from '@webform-kit/react/locales/de';
 */
export const de: MessageCatalogue = {
  lang: 'de',
  messages: {
    'common.cancel': 'Abbrechen',
    'common.continue': 'Weiter',
    'common.support': 'Kundenservice kontaktieren',
    'common.opensInNewTab': '(öffnet in einem neuen Tab)',
    'common.closeTab': 'Diesen Tab schließen',
    'common.supportReference': 'Referenz für den Kundenservice',
    'common.copy': 'Kopieren',
    'common.copied': 'Kopiert',

    'summary.amount': 'Betrag',
    'summary.payee': 'Empfänger',
    'summary.purpose': 'Verwendungszweck',
    'summary.reference': 'Referenz',
    'summary.paymentId': 'Zahlungs-ID',

    'open.button': 'Weiter zum sicheren Formular',
    'open.link': 'Sicheres Formular öffnen',
    'open.preparing': 'Sicheres Formular wird vorbereitet …',
    'open.popupBlocked':
      'Ihr Browser hat den neuen Tab blockiert. Bitte öffnen Sie das sichere Formular über den Link unten.',
    'open.newTab':
      'Das Formular öffnet sich in einem neuen Tab. Bitte lassen Sie diese Seite geöffnet: Hier sehen Sie anschließend das Ergebnis.',

    'redirect.heading.import': 'Bankkonto verbinden',
    'redirect.heading.update': 'Bankverbindung aktualisieren',
    'redirect.heading.payment': 'Zahlung bei Ihrer Bank freigeben',
    'redirect.heading.standingOrder': 'Dauerauftrag bei Ihrer Bank einrichten',
    'redirect.heading.directDebit': 'Lastschrift bei Ihrer Bank freigeben',
    'redirect.lead.import':
      'Sie verbinden Ihr Konto in einem sicheren Formular von finAPI, einem regulierten Anbieter von Bankdienstleistungen. Ihre Online-Banking-Zugangsdaten geben Sie nur dort ein, niemals in dieser App.',
    'redirect.lead.update':
      'Ihre Bank möchte, dass Sie die Verbindung erneut bestätigen. Das geschieht in einem sicheren Formular von finAPI, einem regulierten Anbieter von Bankdienstleistungen. Ihre Online-Banking-Zugangsdaten geben Sie nur dort ein, niemals in dieser App.',
    'redirect.lead.payment':
      'Sie geben die Zahlung in einem sicheren Formular von finAPI frei, einem regulierten Zahlungsdienstleister. Dort melden Sie sich bei Ihrer Bank an, niemals in dieser App.',
    'redirect.lead.standingOrder':
      'Sie geben den Dauerauftrag in einem sicheren Formular von finAPI frei, einem regulierten Zahlungsdienstleister. Dort melden Sie sich bei Ihrer Bank an, niemals in dieser App.',
    'redirect.lead.directDebit':
      'Sie geben die Lastschrift in einem sicheren Formular von finAPI frei, einem regulierten Zahlungsdienstleister. Dort melden Sie sich bei Ihrer Bank an, niemals in dieser App.',
    'redirect.stepsHeading': 'So geht es weiter',
    'redirect.step.open': 'Öffnen Sie das sichere Formular.',
    'redirect.step.confirm':
      'Melden Sie sich bei Ihrer Bank an und bestätigen Sie, zum Beispiel mit einer TAN oder in Ihrer Banking-App.',
    'redirect.step.return': 'Kehren Sie hierher zurück. Wir zeigen Ihnen das Ergebnis.',
    'redirect.countdown': 'Sie werden {time} automatisch zum sicheren Formular weitergeleitet.',
    'redirect.countdownCancel': 'Auf dieser Seite bleiben',
    'redirect.countdownCancelled':
      'Die automatische Weiterleitung ist ausgeschaltet. Fahren Sie fort, sobald Sie bereit sind.',

    'waiting.heading.notYetOpened': 'Fahren Sie im sicheren Formular fort',
    'waiting.lead.notYetOpened':
      'Falls sich das sichere Formular nicht geöffnet hat, können Sie es hier öffnen.',
    'waiting.heading.inProgress': 'Bitte schließen Sie das sichere Formular ab',
    'waiting.lead.inProgress':
      'Das Formular ist in einem anderen Tab oder Fenster geöffnet. Schließen Sie es dort ab und kehren Sie dann zurück: Diese Seite aktualisiert sich von selbst.',
    'waiting.timeLeft': { one: 'Noch {duration}', other: 'Noch {duration}' },
    'waiting.timeUp': 'Die Zeit für das sichere Formular ist abgelaufen.',
    'waiting.closedHint':
      'Formular versehentlich geschlossen? Starten Sie neu, um ein neues Formular zu erhalten.',
    'waiting.restart': 'Neu starten',

    'checking.heading': 'Ergebnis wird geprüft',
    'checking.lead': 'Einen Moment bitte. Wir bestätigen das Ergebnis des sicheren Formulars.',

    'completed.heading.import': 'Bankkonto verbunden',
    'completed.heading.update': 'Bankverbindung aktualisiert',
    'completed.heading.payment': 'Zahlung übermittelt',
    'completed.heading.standingOrder': 'Dauerauftrag eingerichtet',
    'completed.heading.directDebit': 'Lastschrift übermittelt',
    'completed.lead.import':
      'Ihr Bankkonto ist jetzt verbunden. Es kann einen Moment dauern, bis alle Daten angezeigt werden.',
    'completed.lead.update': 'Ihre Bankverbindung ist wieder auf dem aktuellen Stand.',
    'completed.lead.payment':
      'Ihre Bank hat den Zahlungsauftrag erhalten und führt ihn im Rahmen ihrer üblichen Bearbeitungszeiten aus.',
    'completed.lead.standingOrder':
      'Ihre Bank hat den Dauerauftrag erhalten. Die Zahlungen erfolgen zu den von Ihnen gewählten Terminen.',
    'completed.lead.directDebit':
      'Ihre Bank hat die Lastschrift erhalten und bearbeitet sie im Rahmen ihrer üblichen Bearbeitungszeiten.',

    'error.heading.ENTITY_EXISTS': 'Diese Bankverbindung besteht bereits',
    'error.body.ENTITY_EXISTS':
      'Das gewählte Bankkonto ist bereits verbunden, daher wurde nichts Neues hinzugefügt. Sie können die bestehende Verbindung weiter nutzen.',
    'error.heading.BANK_SERVER_REJECTION': 'Ihre Bank hat die Anfrage abgelehnt',
    'error.body.BANK_SERVER_REJECTION':
      'Ihre Bank hat den Vorgang beendet, zum Beispiel weil die Zugangsdaten oder die TAN nicht akzeptiert wurden. Bitte prüfen Sie Ihre Angaben und versuchen Sie es erneut.',
    'error.heading.INTERNAL_ERROR': 'Ein unerwarteter Fehler ist aufgetreten',
    'error.body.INTERNAL_ERROR':
      'Im sicheren Formular ist ein Fehler aufgetreten, dessen Ursache sich nicht feststellen ließ. Bitte versuchen Sie es später erneut. Tritt der Fehler wieder auf, wenden Sie sich an den Kundenservice und nennen Sie die Referenz unten.',
    'error.heading.INTERRUPTED': 'Der Vorgang wurde unterbrochen',
    'error.body.INTERRUPTED':
      'Das sichere Formular wurde an einer Stelle neu geladen oder erneut geöffnet, an der das nicht möglich ist. Bitte starten Sie neu und schließen Sie das Formular ab, ohne es neu zu laden.',
    'error.heading.INVALID_TOKEN': 'Ihre Sitzung ist abgelaufen',
    'error.body.INVALID_TOKEN':
      'Ihre Sitzung ist abgelaufen, während das sichere Formular geöffnet war. Bitte starten Sie neu; falls Sie dazu aufgefordert werden, melden Sie sich vorher erneut in dieser App an.',
    'error.heading.MANDATOR_MISCONFIGURATION': 'Dieser Dienst ist derzeit nicht verfügbar',
    'error.body.MANDATOR_MISCONFIGURATION':
      'Der Dienst ist auf unserer Seite nicht richtig eingerichtet. Sie können das nicht selbst beheben: Bitte wenden Sie sich an den Kundenservice.',
    'error.heading.NO_ACCOUNTS_FOR_TYPE_LIST': 'Kein passendes Konto gefunden',
    'error.body.NO_ACCOUNTS_FOR_TYPE_LIST':
      'Keines der Konten dieses Bankzugangs hat die hier benötigte Kontoart, zum Beispiel ein Girokonto. Bitte versuchen Sie es mit einem anderen Konto oder einer anderen Bank.',
    'error.heading.UNDETERMINED_BANK': 'Ihre Bank konnte nicht ermittelt werden',
    'error.body.UNDETERMINED_BANK':
      'Die Angaben passten nicht eindeutig zu einer einzigen Bank. Bitte starten Sie neu und wählen Sie Ihre Bank aus.',
    'error.heading.UNEXPECTED_ACCESS_RESPONSE': 'Unerwartete Antwort des Bankdienstes',
    'error.body.UNEXPECTED_ACCESS_RESPONSE':
      'Der Vorgang konnte wegen einer unerwarteten Antwort des Bankdienstes nicht abgeschlossen werden. Bitte versuchen Sie es später erneut. Tritt der Fehler wieder auf, wenden Sie sich an den Kundenservice und nennen Sie die Referenz unten.',
    'error.heading.UNSUPPORTED_FEATURE': 'Ihre Bank unterstützt das nicht',
    'error.body.UNSUPPORTED_FEATURE':
      'Ihre Bank bietet diese Funktion nicht an, zum Beispiel Zahlungen mit einem Ausführungsdatum in der Zukunft. Bitte versuchen Sie es mit anderen Angaben erneut.',
    'error.heading.UNSUPPORTED_ORDER': 'Dieses Konto ist für diesen Auftrag nicht geeignet',
    'error.body.UNSUPPORTED_ORDER':
      'Das gewählte Konto unterstützt diese Art von Auftrag nicht. Bitte versuchen Sie es mit einem anderen Konto erneut.',
    'error.heading.general': 'Der Vorgang konnte nicht abgeschlossen werden',
    'error.body.general':
      'Im sicheren Formular ist etwas schiefgelaufen. Bitte versuchen Sie es erneut. Besteht das Problem weiterhin, wenden Sie sich an den Kundenservice.',
    'error.restart': 'Erneut versuchen',

    'payment.notMade.payment': 'Es wurde keine Zahlung ausgeführt',
    'payment.notMade.standingOrder': 'Es wurde kein Dauerauftrag eingerichtet',
    'payment.notMade.directDebit': 'Es wurde keine Lastschrift ausgeführt',
    'payment.unknown.payment': 'Das Ergebnis Ihrer Zahlung steht noch nicht fest',
    'payment.unknown.standingOrder':
      'Ob Ihr Dauerauftrag eingerichtet wurde, steht noch nicht fest',
    'payment.unknown.directDebit': 'Das Ergebnis Ihrer Lastschrift steht noch nicht fest',
    'payment.unknown.lead':
      'Ihre Bank führt den Auftrag möglicherweise noch aus. Damit Sie nicht doppelt zahlen, starten Sie bitte nicht neu: Prüfen Sie in einer Weile Ihr Konto oder Ihre Banking-App, oder wenden Sie sich an den Kundenservice.',

    'expired.heading': 'Das sichere Formular ist abgelaufen',
    'expired.lead':
      'Zu Ihrer Sicherheit ist das Formular nur eine begrenzte Zeit gültig, und diese ist abgelaufen, bevor der Vorgang beendet war. Es wurde nichts abgeschlossen.',
    'expired.restart': 'Neu starten',
    'aborted.heading': 'Vorgang abgebrochen',
    'aborted.lead':
      'Sie haben den Vorgang im sicheren Formular abgebrochen, daher wurde nichts abgeschlossen. Sie können jederzeit neu starten.',
    'aborted.restart': 'Neu starten',

    'webFormRequired.heading': 'Ihre Bank benötigt Ihre Bestätigung',
    'webFormRequired.lead':
      'Wir konnten Ihre Bankverbindung nicht im Hintergrund aktualisieren: Ihre Bank möchte, dass Sie sie bestätigen. Das geschieht in einem sicheren Formular von finAPI, einem regulierten Anbieter von Bankdienstleistungen. Ihre Online-Banking-Zugangsdaten geben Sie nur dort ein, niemals in dieser App.',

    'connectionError.heading': 'Verbindungsproblem',
    'connectionError.lead.network':
      'Wir erreichen unseren Dienst gerade nicht. Bitte prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut. Es geht nichts verloren: Sie machen dort weiter, wo Sie aufgehört haben.',
    'connectionError.lead.timeout':
      'Unser Dienst antwortet zu langsam. Bitte versuchen Sie es erneut. Es geht nichts verloren: Sie machen dort weiter, wo Sie aufgehört haben.',
    'connectionError.lead.server':
      'Unser Dienst hat nicht wie erwartet geantwortet. Bitte versuchen Sie es gleich noch einmal. Es geht nichts verloren: Sie machen dort weiter, wo Sie aufgehört haben.',
    'connectionError.retry': 'Erneut versuchen',
    'connectionError.heading.tryLater': 'Gerade nicht möglich',
    'connectionError.lead.tryLater':
      'Dafür läuft bereits ein Vorgang, oder es gab zu viele Versuche. Bitte warten Sie einige Minuten und versuchen Sie es dann erneut. Es geht nichts verloren.',
    'connectionError.heading.contactSupport': 'Hier geht es nicht weiter',
    'connectionError.lead.contactSupport':
      'Unser Dienst konnte diese Anfrage nicht annehmen, und ein neuer Versuch ändert daran nichts. Bitte wenden Sie sich an den Kundenservice.',
    'connectionError.heading.startAgain': 'Bitte starten Sie neu',
    'connectionError.lead.startAgain':
      'Ihre Sitzung ist abgelaufen oder dieser Vorgang ist nicht mehr gültig, zum Beispiel nach einer längeren Pause. Starten Sie neu, um fortzufahren.',
    'connectionError.heading.appMisconfigured': 'Dieser Dienst ist nicht richtig eingerichtet',
    'connectionError.lead.appMisconfigured':
      'Eine Einstellung dieser App ist fehlerhaft, daher kann das sichere Formular nicht verwendet werden. Sie können das nicht selbst beheben: Bitte wenden Sie sich an den Kundenservice.',
  },
};

export default de;
