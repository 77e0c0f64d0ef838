import type { HostedPageMessages } from './HostedPageMessages.ts';

export const es: HostedPageMessages = {
  lang: 'es',
  languageName: 'Español',

  secureConnection: 'Conexión segura',
  footer:
    'Simulador de finAPI Web Form 2.0, parte de webform-kit. No interviene ningún banco real.',
  languageLabel: 'Idioma',
  languageSubmit: 'Cambiar',

  progressLabel: 'Progreso',
  stepOf: 'Paso {step} de {total}',
  stepNames: { bank: 'Banco', login: 'Acceso', review: 'Revisión', tan: 'Confirmación' },
  purpose: {
    connect: 'Conecta tu cuenta bancaria para que la app pueda mostrar tus cuentas y movimientos.',
    update: 'Renueva el acceso de la app a tu cuenta bancaria.',
    payment: 'Autoriza una transferencia desde tu cuenta bancaria.',
    standingOrder: 'Configura una transferencia periódica desde tu cuenta bancaria.',
    directDebit: 'Autoriza el cobro de domiciliaciones en tu cuenta bancaria.',
  },

  bankHeading: 'Elige tu banco',
  bankLegend: 'Tu banco',
  bankDetails: 'BIC {bic} · código bancario {blz}',

  loginHeading: 'Accede a {bank}',
  userIdLabel: 'Usuario de banca online',
  pinLabel: 'PIN',
  loginHint: 'Este banco es simulado: cualquier acceso funciona y no se envía nada a ningún banco.',

  reviewHeading: {
    payment: 'Revisa tu pago',
    standingOrder: 'Revisa tu transferencia periódica',
    directDebit: 'Revisa tu domiciliación',
  },

  tanHeading: 'Confirma con un TAN',
  tanIntro: '{bank} ha enviado un TAN a tu app del banco.',
  tanLabel: 'TAN',
  tanHint: 'Banco simulado: sirven seis dígitos cualesquiera.',

  amount: 'Importe',
  total: 'Total',
  to: 'Para',
  from: 'De',
  iban: 'IBAN',
  reference: 'Concepto',
  executionDate: 'Fecha de ejecución',
  firstPayment: 'Primer pago',
  lastPayment: 'Último pago',
  frequency: 'Periodicidad',
  frequencies: {
    MONTHLY: 'Mensual',
    EVERY_TWO_MONTHS: 'Cada dos meses',
    QUARTERLY: 'Trimestral',
    SEMI_ANNUAL: 'Semestral',
    ANNUAL: 'Anual',
  },
  mandate: 'Mandato',
  connectedAccount: 'Cuenta conectada n.º {id}',
  instantPayment: 'Transferencia inmediata',
  connectionName: 'Nombre de la conexión',
  transfers: '{count} transferencias',
  collections: '{count} domiciliaciones',
  moreLines: 'y {count} más',
  heroTo: 'para {name}',
  heroFrom: 'de {name}',

  continue: 'Continuar',
  logIn: 'Acceder',
  confirm: {
    connect: 'Conectar cuenta',
    update: 'Confirmar',
    payment: 'Confirmar pago',
    standingOrder: 'Configurar transferencia periódica',
    directDebit: 'Confirmar domiciliación',
  },
  cancel: 'Cancelar',

  fieldRequired: 'Rellena este campo.',
  tanInvalid: 'Introduce los seis dígitos del TAN.',
  bankRequired: 'Elige tu banco.',

  validFor: 'Esta página sigue siendo válida durante {duration}.',

  completedHeading: {
    connect: 'Cuenta bancaria conectada',
    update: 'Conexión bancaria actualizada',
    payment: 'Pago enviado',
    standingOrder: 'Transferencia periódica configurada',
    directDebit: 'Domiciliación enviada',
  },
  completedText: 'Tu solicitud se ha completado.',
  closeTab: 'Ya puedes cerrar esta pestaña y volver a la app.',
  errorHeading: 'Algo ha salido mal',
  errorText: 'No se ha podido completar el proceso.',
  errorReference: 'Referencia para atención al cliente:',
  backToApp: 'Volver a la app',
  support: 'Contactar con atención al cliente',
  abortedHeading: 'Cancelado',
  abortedText: 'Has cancelado el proceso.',
  alreadyOpenedHeading: 'Este enlace ya se ha usado',
  alreadyOpenedText:
    'Por tu seguridad, un enlace de formulario web solo se puede abrir una vez. Vuelve a la app y empieza de nuevo.',
  expiredHeading: 'Este formulario web ha caducado',
  expiredText:
    'Los enlaces de formulario web solo son válidos durante un tiempo limitado. Vuelve a la app y empieza de nuevo.',
  finishedHeading: 'Este formulario web ya ha terminado',
  finishedText: 'Vuelve a la app para ver el resultado.',
  notFoundHeading: 'Formulario web no encontrado',
  notFoundText:
    'Este enlace no es válido o el formulario web se ha eliminado. Vuelve a la app y empieza de nuevo.',
  forbiddenHeading: 'Esta página no puede terminar el formulario web',
  forbiddenText: 'Solo la página que abrió el formulario web puede terminarlo.',
  badRequestHeading: 'Solicitud no válida',
  chooseErrorCode: 'Elige uno de los códigos de error.',

  demoHeading: 'Controles de la demo',
  demoText:
    'No forma parte del formulario de finAPI: termina este formulario web ya, desde cualquier paso.',
};
