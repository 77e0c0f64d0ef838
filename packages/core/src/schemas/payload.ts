import * as z from 'zod/mini';
import { ErrorCodeSchema } from './errorCode.ts';
import { positiveUpTo } from './positiveUpTo.ts';

// int64 in the spec; JSON numbers beyond 2^53 would already have lost precision, so safe
// integers are what the kit can honestly hand on.
const AccessId = z.nullish(z.number().check(positiveUpTo(Number.MAX_SAFE_INTEGER, true)));

/**
 * finAPI's web form `Payload`. Which id is set depends on the web form's type; finAPI fills it in
 * when the form reaches a final status. `errorCode` explains `COMPLETED_WITH_ERROR`.
 */
export const PayloadSchema = z.object({
  bankConnectionId: AccessId,
  paymentId: AccessId,
  standingOrderId: AccessId,
  errorCode: z.nullish(ErrorCodeSchema),
});
export type Payload = z.infer<typeof PayloadSchema>;
