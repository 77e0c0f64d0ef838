import type { MessageCatalogue } from '../Messages.ts';

/**
 * Spanish (usted), the formal address of Spanish banking apps.
 *
 * @example
 * import { es } from '@webform-kit/react/locales/es';
 */
export const es: MessageCatalogue = {
  lang: 'es',
  messages: {
    'common.cancel': 'Cancelar',
    'common.continue': 'Continuar',
    'common.support': 'Contactar con atención al cliente',
    'common.opensInNewTab': '(se abre en una pestaña nueva)',
    'common.closeTab': 'Cerrar esta pestaña',
    'common.supportReference': 'Referencia para atención al cliente',
    'common.copy': 'Copiar',
    'common.copied': 'Copiado',

    'summary.amount': 'Importe',
    'summary.payee': 'Destinatario',
    'summary.purpose': 'Concepto',
    'summary.reference': 'Referencia',
    'summary.paymentId': 'ID del pago',
    'open.button': 'Continuar al formulario seguro',
    'open.link': 'Abrir el formulario seguro',
    'open.preparing': 'Preparando el formulario seguro…',
    'open.popupBlocked':
      'Su navegador ha bloqueado la pestaña nueva. Abra el formulario seguro con el enlace que aparece abajo.',
    'open.newTab':
      'El formulario se abre en una pestaña nueva. Mantenga esta página abierta: en ella verá el resultado cuando termine.',
    'redirect.heading.import': 'Conecte su cuenta bancaria',
    'redirect.heading.update': 'Actualice su conexión bancaria',
    'redirect.heading.payment': 'Confirme su pago con su banco',
    'redirect.heading.standingOrder': 'Configure su transferencia periódica con su banco',
    'redirect.heading.directDebit': 'Confirme su adeudo directo con su banco',
    'redirect.lead.import':
      'Conectará su cuenta en un formulario seguro de finAPI, un proveedor de servicios bancarios regulado. Sus datos de acceso a la banca online se introducen allí, nunca en esta aplicación.',
    'redirect.lead.update':
      'Su banco necesita que vuelva a confirmar la conexión. Lo hará en un formulario seguro de finAPI, un proveedor de servicios bancarios regulado. Sus datos de acceso a la banca online se introducen allí, nunca en esta aplicación.',
    'redirect.lead.payment':
      'Autorizará el pago en un formulario seguro de finAPI, un proveedor de servicios de pago regulado. Allí inicia sesión en su banco, nunca en esta aplicación.',
    'redirect.lead.standingOrder':
      'Autorizará la transferencia periódica en un formulario seguro de finAPI, un proveedor de servicios de pago regulado. Allí inicia sesión en su banco, nunca en esta aplicación.',
    'redirect.lead.directDebit':
      'Autorizará el adeudo directo en un formulario seguro de finAPI, un proveedor de servicios de pago regulado. Allí inicia sesión en su banco, nunca en esta aplicación.',
    'redirect.stepsHeading': 'Próximos pasos',
    'redirect.step.open': 'Abra el formulario seguro.',
    'redirect.step.confirm':
      'Inicie sesión en su banco y confirme, por ejemplo, con un código de verificación o en la aplicación de su banco.',
    'redirect.step.return': 'Vuelva aquí. Le mostraremos el resultado.',
    'redirect.countdown': 'Le llevaremos automáticamente al formulario seguro {time}.',
    'redirect.countdownCancel': 'Permanecer en esta página',
    'redirect.countdownCancelled':
      'La redirección automática está desactivada. Continúe cuando quiera.',
    'waiting.heading.notYetOpened': 'Continúe en el formulario seguro',
    'waiting.lead.notYetOpened': 'Si el formulario seguro no se abrió, puede abrirlo desde aquí.',
    'waiting.heading.inProgress': 'Complete el formulario seguro',
    'waiting.lead.inProgress':
      'El formulario está abierto en otra pestaña o ventana. Termine allí y vuelva: esta página se actualiza sola.',
    'waiting.timeLeft': {
      one: 'Queda {duration}',
      many: 'Quedan {duration}',
      other: 'Quedan {duration}',
    },
    'waiting.timeUp': 'Se ha agotado el tiempo del formulario seguro.',
    'waiting.closedHint':
      '¿Ha cerrado el formulario por error? Vuelva a empezar para obtener uno nuevo.',
    'waiting.restart': 'Volver a empezar',
    'checking.heading': 'Comprobando el resultado',
    'checking.lead':
      'Un momento, por favor. Estamos confirmando el resultado del formulario seguro.',
    'completed.heading.import': 'Cuenta bancaria conectada',
    'completed.heading.update': 'Conexión bancaria actualizada',
    'completed.heading.payment': 'Pago enviado',
    'completed.heading.standingOrder': 'Transferencia periódica configurada',
    'completed.heading.directDebit': 'Adeudo directo enviado',
    'completed.lead.import':
      'Su cuenta bancaria ya está conectada. Es posible que todos sus datos tarden un momento en aparecer.',
    'completed.lead.update': 'Su conexión bancaria vuelve a estar actualizada.',
    'completed.lead.payment':
      'Su banco ha recibido la orden de pago y la ejecutará según sus plazos de tramitación habituales.',
    'completed.lead.standingOrder':
      'Su banco ha recibido la transferencia periódica. Los pagos se realizarán en las fechas que ha elegido.',
    'completed.lead.directDebit':
      'Su banco ha recibido el adeudo directo y lo tramitará según sus plazos habituales.',
    'error.heading.ENTITY_EXISTS': 'Esta conexión bancaria ya existe',
    'error.body.ENTITY_EXISTS':
      'La cuenta bancaria elegida ya está conectada, por lo que no se ha añadido nada nuevo. Puede seguir utilizando la conexión existente.',
    'error.heading.BANK_SERVER_REJECTION': 'Su banco ha rechazado la solicitud',
    'error.body.BANK_SERVER_REJECTION':
      'Su banco ha detenido el proceso, por ejemplo, porque no ha aceptado los datos de acceso o el código de verificación. Compruebe sus datos e inténtelo de nuevo.',
    'error.heading.INTERNAL_ERROR': 'Se ha producido un error inesperado',
    'error.body.INTERNAL_ERROR':
      'Se ha producido un error en el formulario seguro cuya causa no se ha podido determinar. Inténtelo de nuevo más tarde. Si vuelve a ocurrir, contacte con atención al cliente e indique la referencia que aparece abajo.',
    'error.heading.INTERRUPTED': 'El proceso se ha interrumpido',
    'error.body.INTERRUPTED':
      'El formulario seguro se recargó o se volvió a abrir en un paso en el que no es posible. Vuelva a empezar y complete el formulario sin recargarlo.',
    'error.heading.INVALID_TOKEN': 'Su sesión ha caducado',
    'error.body.INVALID_TOKEN':
      'Su sesión caducó mientras el formulario seguro estaba abierto. Vuelva a empezar; si se le solicita, inicie sesión de nuevo en esta aplicación antes.',
    'error.heading.MANDATOR_MISCONFIGURATION': 'Este servicio no está disponible en este momento',
    'error.body.MANDATOR_MISCONFIGURATION':
      'El servicio no está configurado correctamente por nuestra parte. Usted no puede solucionarlo: contacte con atención al cliente.',
    'error.heading.NO_ACCOUNTS_FOR_TYPE_LIST': 'No se ha encontrado ninguna cuenta adecuada',
    'error.body.NO_ACCOUNTS_FOR_TYPE_LIST':
      'Ninguna de las cuentas de este acceso bancario es del tipo necesario aquí, por ejemplo, una cuenta corriente. Inténtelo de nuevo con otra cuenta u otro banco.',
    'error.heading.UNDETERMINED_BANK': 'No se ha podido identificar su banco',
    'error.body.UNDETERMINED_BANK':
      'Los datos indicados no corresponden a un único banco. Vuelva a empezar y seleccione su banco.',
    'error.heading.UNEXPECTED_ACCESS_RESPONSE': 'Respuesta inesperada del servicio bancario',
    'error.body.UNEXPECTED_ACCESS_RESPONSE':
      'No se ha podido completar el proceso por una respuesta inesperada del servicio bancario. Inténtelo de nuevo más tarde. Si vuelve a ocurrir, contacte con atención al cliente e indique la referencia que aparece abajo.',
    'error.heading.UNSUPPORTED_FEATURE': 'Su banco no admite esta función',
    'error.body.UNSUPPORTED_FEATURE':
      'Su banco no ofrece esta función, por ejemplo, pagos con una fecha de ejecución futura. Inténtelo de nuevo con otros datos.',
    'error.heading.UNSUPPORTED_ORDER': 'Esta cuenta no se puede usar para esta orden',
    'error.body.UNSUPPORTED_ORDER':
      'La cuenta seleccionada no admite este tipo de orden. Inténtelo de nuevo con otra cuenta.',
    'error.heading.general': 'No se ha podido completar el proceso',
    'error.body.general':
      'Algo ha fallado en el formulario seguro. Inténtelo de nuevo. Si el problema persiste, contacte con atención al cliente.',
    'error.restart': 'Intentar de nuevo',
    'payment.notMade.payment': 'No se ha realizado ningún pago',
    'payment.notMade.standingOrder': 'No se ha configurado ninguna transferencia periódica',
    'payment.notMade.directDebit': 'No se ha realizado ningún adeudo directo',
    'payment.unknown.payment': 'Aún no se conoce el resultado de su pago',
    'payment.unknown.standingOrder':
      'Aún no se sabe si se ha configurado su transferencia periódica',
    'payment.unknown.directDebit': 'Aún no se conoce el resultado de su adeudo directo',
    'payment.unknown.lead':
      'Es posible que su banco aún ejecute la orden. Para no pagar dos veces, no vuelva a empezar: revise su cuenta o su aplicación bancaria dentro de un rato, o contacte con atención al cliente.',

    'expired.heading': 'El formulario seguro ha caducado',
    'expired.lead':
      'Por su seguridad, el formulario solo es válido durante un tiempo limitado, y este terminó antes de que finalizara el proceso. No se ha completado nada.',
    'expired.restart': 'Volver a empezar',
    'aborted.heading': 'Proceso cancelado',
    'aborted.lead':
      'Ha cancelado el proceso en el formulario seguro, por lo que no se ha completado nada. Puede volver a empezar cuando quiera.',
    'aborted.restart': 'Volver a empezar',
    'webFormRequired.heading': 'Su banco necesita su confirmación',
    'webFormRequired.lead':
      'No hemos podido actualizar su conexión bancaria en segundo plano: su banco quiere que la confirme. Lo hará en un formulario seguro de finAPI, un proveedor de servicios bancarios regulado. Sus datos de acceso a la banca online se introducen allí, nunca en esta aplicación.',
    'connectionError.heading': 'Problema de conexión',
    'connectionError.lead.network':
      'No podemos conectar con nuestro servicio. Compruebe su conexión a internet e inténtelo de nuevo. No se pierde nada: continuará donde lo dejó.',
    'connectionError.lead.timeout':
      'Nuestro servicio está tardando demasiado en responder. Inténtelo de nuevo. No se pierde nada: continuará donde lo dejó.',
    'connectionError.lead.server':
      'Nuestro servicio no ha respondido como se esperaba. Inténtelo de nuevo en un momento. No se pierde nada: continuará donde lo dejó.',
    'connectionError.retry': 'Intentar de nuevo',
    'connectionError.heading.tryLater': 'Ahora no es posible',
    'connectionError.lead.tryLater':
      'Ya hay un proceso en curso para esto, o ha habido demasiados intentos. Espere unos minutos e inténtelo de nuevo. No se pierde nada.',
    'connectionError.heading.contactSupport': 'No podemos continuar aquí',
    'connectionError.lead.contactSupport':
      'Nuestro servicio no ha podido aceptar esta solicitud, y volver a intentarlo no lo cambiará. Contacte con atención al cliente.',
    'connectionError.heading.startAgain': 'Vuelva a empezar',
    'connectionError.lead.startAgain':
      'Su sesión ha finalizado o este proceso ya no es válido, por ejemplo tras una pausa larga. Vuelva a empezar para continuar.',
    'connectionError.heading.appMisconfigured': 'Este servicio no está bien configurado',
    'connectionError.lead.appMisconfigured':
      'Un ajuste de esta aplicación es incorrecto, por lo que no se puede usar el formulario seguro. No es algo que pueda solucionar usted: contacte con atención al cliente.',
  },
};

export default es;
