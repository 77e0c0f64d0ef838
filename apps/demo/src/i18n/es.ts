import type { DemoMessages } from './en.ts';

export const es: DemoMessages = {
  lang: 'es',

  settings: 'Ajustes de la demo',
  languageLabel: 'Idioma',
  themeLabel: 'Tema',
  themes: { system: 'Como el sistema', light: 'Claro', dark: 'Oscuro' },
  openInLabel: 'Abrir el formulario en',
  openIn: { 'same-tab': 'Esta pestaña', 'new-tab': 'Una pestaña nueva' },
  updatesLabel: 'Actualizaciones de estado',
  updates: { push: 'Push (Server-Sent Events)', polling: 'Solo consultas' },
  scenarioLabel: 'Escenario de finAPI',
  scenarios: {
    normal: {
      label: 'finAPI funciona',
      description: 'Los callbacks llegan al instante; los formularios duran 20 minutos.',
    },
    'callback-delayed': {
      label: 'Callback retrasado',
      description:
        'finAPI llama 8 segundos tarde; las consultas propias del backend pueden llegar antes.',
    },
    'callback-dropped': {
      label: 'Callback perdido',
      description:
        'No llega ningún callback; las consultas propias del backend deben encontrar el resultado.',
    },
    'slow-proxy': {
      label: 'finAPI lento',
      description: 'Cada respuesta de finAPI tarda 1,5 segundos.',
    },
    'short-expiry': {
      label: 'Caducidad corta',
      description:
        'Los formularios nuevos caducan a los 30 segundos, para mostrar la pantalla de caducado.',
    },
  },
  scenarioRefused: 'El simulador rechazó el escenario ({status}).',
  taskLabel: 'Actualización en segundo plano',
  taskModes: {
    'web-form-required': 'El banco pide al cliente',
    complete: 'Se completa en segundo plano',
    fail: 'Falla en segundo plano',
  },
  panelsLabel: 'Mostrar la guía y el registro de eventos',

  startHeading: '¿Qué quieres hacer?',
  startLead:
    'Cada proceso te lleva a un formulario bancario o de pago alojado por finAPI y te trae de vuelta aquí. En esta demo un simulador de finAPI hace de banco: recorre sus pasos o termina el formulario al instante con sus controles de demo («Complete», «Complete with error», «Abort») para ver cada resultado.',
  flows: {
    'bank-connection-import': {
      title: 'Conectar una cuenta bancaria',
      summary:
        'El cliente accede a su banco en el formulario de finAPI; la app obtiene una conexión bancaria.',
    },
    'bank-connection-update': {
      title: 'Actualizar una conexión bancaria',
      summary:
        'Una actualización en segundo plano que solo necesita al cliente cuando el banco pide un acceso o SCA.',
    },
    'standalone-payment': {
      title: 'Pagar por transferencia',
      summary:
        'Una transferencia SEPA puntual que el cliente autoriza en su banco: pagar sin tarjeta.',
    },
    'standing-order': {
      title: 'Configurar una transferencia periódica',
      summary: 'Una transferencia mensual desde la cuenta del cliente, autorizada una vez.',
    },
    'direct-debit-with-account-id': {
      title: 'Cobrar una domiciliación',
      summary:
        'El comercio cobra a un pagador con un mandato, autorizado en el banco del comercio.',
    },
    'payment-with-account-id': {
      title: 'Pagar desde una cuenta conectada',
      summary: 'Una transferencia desde una cuenta que el cliente ya conectó.',
    },
    'bank-connection-update-form': {
      title: 'Actualizar una conexión bancaria (formulario web)',
      summary: 'La actualización como formulario web que el cliente siempre recorre.',
    },
  },

  loading: 'Cargando…',
  pageLoadErrorHeading: 'No se ha podido cargar esta página',
  pageLoadErrorLead: 'Compruebe su conexión e inténtelo de nuevo. No se pierde nada.',
  pageLoadErrorRetry: 'Reintentar',
  notFoundHeading: 'Página no encontrada',
  backToStart: 'Volver a la página de inicio',
  supportHeading: 'Atención al cliente',
  supportLead:
    '¿Algo ha fallado con tu banco o tu pago? Te ayudamos de lunes a viernes, de 8:00 a 20:00.',
  supportPhone: 'Teléfono',
  supportEmail: 'Correo electrónico',
  supportCode: 'Si se te mostró un código de error, tenlo a mano.',
  refusedHeading: 'Este enlace no se puede usar',
  refusedStale:
    'Pertenece a una visita al banco que ya terminó o es demasiado antigua. No se ha cambiado nada.',
  refusedInvalid:
    'No corresponde a ninguna visita al banco iniciada en este navegador, así que no podemos mostrar un resultado. No se ha cambiado nada.',

  ordersHeading: 'Sus pedidos',
  ordersEmpty: 'Aún no hay pedidos: pague algo arriba y aparecerá aquí con su resultado.',
  ordersUnavailable: 'No se pudieron cargar los pedidos; se volverá a intentar en un momento.',
  orderColumns: { order: 'Pedido', flow: 'Qué', amount: 'Importe', status: 'Estado' },
  orderStatus: {
    open: 'Abierto',
    completed: 'Enviado',
    'completed-with-error': 'Fallido',
    aborted: 'Cancelado',
    expired: 'Caducado',
  },

  asideLabel: 'Cómo funciona',
  walkthroughHeading: 'Guía',
  walkthroughIdle: 'Inicia un proceso: cada paso se ilumina cuando ocurre.',
  customer: 'Cliente',
  backend: 'Entre bastidores',
  steps: {
    create: {
      title: 'La app crea un formulario seguro',
      customer: 'Elige qué hacer. La app explica que la parte bancaria ocurre en finAPI.',
      backend:
        'El backend pide a finAPI un formulario web como usuario de finAPI de este cliente y registra un callback. finAPI responde con un enlace de un solo uso, válido 20 minutos.',
    },
    send: {
      title: 'Al banco',
      customer: 'Va al formulario de finAPI, en esta pestaña o en una nueva.',
      backend:
        'La app añade al enlace los caminos de vuelta (éxito, error, cancelación, ayuda), cada uno ligado a esta visita.',
    },
    bank: {
      title: 'En el banco',
      customer: 'Elige el banco, accede y confirma con un TAN (aquí: el simulador).',
      backend:
        'finAPI informa «en curso». La app sigue el estado a través de su backend: enviado en directo, con consultas lentas como red de seguridad.',
    },
    end: {
      title: 'finAPI informa del final',
      customer:
        'Vuelve al instante si todo va bien; tras un error o una cancelación, se le ofrece un enlace de vuelta.',
      backend:
        'finAPI llama al backend. El backend lee el resultado en finAPI y lo envía a la app; si el callback se pierde, lo encuentran sus propias consultas.',
    },
    back: {
      title: 'De vuelta en la app',
      customer: 'Llega a la página de retorno de la app, que comprueba un momento.',
      backend:
        'La app comprueba que el regreso pertenece a esta visita y pregunta a su backend: la dirección solo sugiere el resultado, decide el backend.',
    },
    outcome: {
      title: 'El resultado',
      customer: 'Ve con palabras claras qué ha pasado y el siguiente paso.',
      backend:
        'El resultado (una conexión bancaria, un pago o un código de error) viene de finAPI, nunca de la barra de direcciones.',
    },
  },

  logHeading: 'Registro de eventos',
  clear: 'Borrar',
  logEmpty: 'Inicia un proceso para ver paso a paso qué hacen la app y su backend.',
  sources: { app: 'App', proxy: 'Backend' },
  sinceStart: '+{seconds} s',
  events: {
    createdWebForm: 'La app hizo que su backend creara el formulario',
    createdTask: 'La app hizo que su backend iniciara la actualización',
    openedSameTab: 'El cliente fue al formulario del banco en esta pestaña',
    openedNewTab: 'El cliente fue al formulario del banco en una pestaña nueva',
    popupBlocked: 'El navegador bloqueó la pestaña nueva; la app ofrece un enlace',
    webFormStatus: {
      NOT_YET_OPENED: 'El formulario está listo para el cliente',
      IN_PROGRESS: 'El cliente está en el banco',
      COMPLETED: 'finAPI informa: hecho',
      COMPLETED_WITH_ERROR: 'finAPI informa: terminó con un error',
      EXPIRED: 'finAPI informa: el formulario caducó',
      ABORTED: 'finAPI informa: el cliente canceló',
    },
    taskStatus: {
      NOT_YET_STARTED: 'La actualización espera en finAPI',
      IN_PROGRESS: 'finAPI está actualizando la conexión bancaria',
      WEB_FORM_REQUIRED: 'El banco necesita al cliente: finAPI creó un formulario',
      COMPLETED: 'finAPI informa: la actualización está hecha',
      COMPLETED_WITH_ERROR: 'finAPI informa: la actualización falló',
    },
    returned: 'El cliente volvió a la app (la dirección dice «{via}», solo una pista)',
    outcome: 'El backend confirmó el resultado: {outcome}',
    outcomes: {
      completed: 'hecho',
      'completed-with-error': 'un error',
      expired: 'caducado',
      aborted: 'cancelado',
    },
    cancelled: 'El cliente canceló en la app; el formulario se eliminó',
    pushConnected: 'Actualizaciones en directo conectadas',
    pushFailed: 'Las actualizaciones en directo fallaron; la app consulta cada pocos segundos',
    error: 'Algo ha salido mal ({kind})',
    finapiCreate: 'El backend pidió un formulario a finAPI',
    finapiCreateTask: 'El backend pidió a finAPI actualizar la conexión bancaria',
    finapiRead: 'El backend leyó el estado en finAPI',
    finapiDelete: 'El backend eliminó el formulario en finAPI',
    finapiOther: 'El backend llamó a finAPI',
    callbackAccepted: 'finAPI llamó al backend',
    callbackRefused: 'El backend rechazó un callback ({reason})',
    pollError: 'La consulta de estado del backend falló ({code})',
    outcomeRecorded: 'El backend de la tienda registró el resultado del pedido',
    /** `{seconds}` */
    outcomeRetry: 'No se pudo registrar el resultado; nuevo intento en {seconds} s',
    outcomeNotRecorded: 'No se pudo registrar el resultado por última vez',
    proxyError: 'El backend informó de un error',
  },
};
