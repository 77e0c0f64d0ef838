import * as z from 'zod/mini';
import { HttpUrlSchema } from './httpUrl.ts';
import { PayloadSchema } from './payload.ts';
import { ResourceIdSchema } from './resourceId.ts';
import { TimestampSchema } from './timestamp.ts';
import { WebFormStatusSchema } from './webFormStatus.ts';
import { WebFormTypeSchema } from './webFormType.ts';

/**
 * finAPI's `WebForm`, as `POST /api/webForms/...` and `GET /api/webForms/{id}` answer it.
 * Unknown extra fields are dropped, so finAPI can grow without breaking the kit.
 *
 * @example
 * const webForm = WebFormSchema.parse(await response.json());
 * if (webForm.status === 'COMPLETED') console.log(webForm.payload.bankConnectionId);
 */
export const WebFormSchema = z.object({
  id: ResourceIdSchema,
  url: HttpUrlSchema,
  createdAt: TimestampSchema,
  expiresAt: TimestampSchema,
  type: WebFormTypeSchema,
  status: WebFormStatusSchema,
  payload: PayloadSchema,
});
export type WebForm = z.infer<typeof WebFormSchema>;
