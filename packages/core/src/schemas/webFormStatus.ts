import * as z from 'zod/mini';
import { WEB_FORM_STATUSES } from '../webFormStatuses.ts';

export {
  WEB_FORM_STATUSES,
  type WebFormStatus,
  type FinalWebFormStatus,
  type PendingWebFormStatus,
} from '../webFormStatuses.ts';

/** finAPI's `WebFormStatus`. Strict: the kit decides what to show from this value. */
export const WebFormStatusSchema = z.enum(WEB_FORM_STATUSES);
