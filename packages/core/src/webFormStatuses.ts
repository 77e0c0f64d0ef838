/** Every status a finAPI web form can have, in the order a form moves through them. */
export const WEB_FORM_STATUSES = [
  'NOT_YET_OPENED',
  'IN_PROGRESS',
  'COMPLETED',
  'COMPLETED_WITH_ERROR',
  'EXPIRED',
  'ABORTED',
] as const;

/** finAPI's `WebFormStatus`. */
export type WebFormStatus = (typeof WEB_FORM_STATUSES)[number];

/** The statuses after which a web form never changes again. */
export type FinalWebFormStatus = Exclude<WebFormStatus, 'NOT_YET_OPENED' | 'IN_PROGRESS'>;
export type PendingWebFormStatus = Exclude<WebFormStatus, FinalWebFormStatus>;
