import type { Snapshot } from '../EventBus.ts';
import type { ProxyResource } from '../resources/ProxyResource.ts';

/** What a creation for a reference whose flow exists gets, from that flow's current snapshot. */
export type ReferenceDecision =
  /** The flow's form was never opened: the same web form or task again. */
  | { type: 'same' }
  /** The flow is over without effect: a new web form or task, and the reference points at it. */
  | { type: 'new' }
  /** `409 {code, message, id}`. */
  | { type: 'conflict'; code: ConflictCode; message: string };

export type ConflictCode = 'FLOW_IN_PROGRESS' | 'ALREADY_COMPLETED' | 'PAYMENT_UNCERTAIN';

const CONFLICTS: Record<ConflictCode, string> = {
  FLOW_IN_PROGRESS:
    'This flow is open already, in another tab or on another device; finish it there',
  ALREADY_COMPLETED: 'This flow was completed already; it is not started again',
  PAYMENT_UNCERTAIN:
    'This flow ended with an error after a payment was made at the bank; its result is not known yet',
};

const conflict = (code: ConflictCode): ReferenceDecision => ({
  type: 'conflict',
  code,
  message: CONFLICTS[code],
});

/**
 * One flow per `(kind, reference)`: what a second creation gets, by core's outcome of the first
 * flow's snapshot (a read started after the creation arrived, or a final status already known).
 *
 * | first flow | answer |
 * | --- | --- |
 * | never opened (`NOT_YET_OPENED`; a task not yet started, or waiting on an unopened form) | the same one, `201` |
 * | open (`IN_PROGRESS`, also a task's or its web form's) | `409 FLOW_IN_PROGRESS` |
 * | `COMPLETED` | `409 ALREADY_COMPLETED` |
 * | `COMPLETED_WITH_ERROR` with a `paymentId` | `409 PAYMENT_UNCERTAIN` |
 * | `ABORTED`, `EXPIRED`, an error without a `paymentId` | a new one |
 *
 * @example
 * decideByReference(WEB_FORM, webForm) // { type: 'conflict', code: 'ALREADY_COMPLETED', ... }
 */
export function decideByReference(resource: ProxyResource, snapshot: Snapshot): ReferenceDecision {
  const outcome = resource.outcome(snapshot);
  switch (outcome.kind) {
    case 'pending':
      return outcome.status === 'NOT_YET_OPENED' || outcome.status === 'NOT_YET_STARTED'
        ? { type: 'same' }
        : conflict('FLOW_IN_PROGRESS');
    case 'web-form-required':
      return outcome.webForm.status === 'NOT_YET_OPENED'
        ? { type: 'same' }
        : conflict('FLOW_IN_PROGRESS');
    case 'completed':
      return conflict('ALREADY_COMPLETED');
    case 'completed-with-error':
      // A payment may exist at the bank: never start another one for the same reference.
      return 'paymentId' in snapshot.payload && snapshot.payload.paymentId != null
        ? conflict('PAYMENT_UNCERTAIN')
        : { type: 'new' };
    case 'expired':
    case 'aborted':
      return { type: 'new' };
  }
}
