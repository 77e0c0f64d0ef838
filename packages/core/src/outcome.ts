import { isFinalWebFormStatus } from './finalStatus.ts';
import type { WebFormErrorCode } from './knownErrorCodes.ts';
import type { Task, WebFormInfo } from './schemas/task.ts';
import type { WebForm } from './schemas/webForm.ts';
import type { PendingWebFormStatus } from './webFormStatuses.ts';
import type { WebFormType } from './webFormTypes.ts';

/** What a completed web form produced, by the web form's type. */
export type CompletedOutcome =
  | { kind: 'completed'; resource: 'bank-connection'; bankConnectionId: number | null }
  | { kind: 'completed'; resource: 'payment'; paymentId: number | null }
  | { kind: 'completed'; resource: 'standing-order'; standingOrderId: number | null };

/** A web form or task that ended with an error; `errorCode` is finAPI's, when it gave one. */
export interface CompletedWithErrorOutcome {
  kind: 'completed-with-error';
  errorCode: WebFormErrorCode | null;
}

/**
 * Where a web form stands, as the screens need it. `kind` is the discriminant; a final kind never
 * changes again.
 */
export type WebFormOutcome =
  | { kind: 'pending'; status: PendingWebFormStatus }
  | CompletedOutcome
  | CompletedWithErrorOutcome
  | { kind: 'expired' }
  | { kind: 'aborted' };

/** Where a background update task stands. */
export type TaskOutcome =
  | { kind: 'pending'; status: 'NOT_YET_STARTED' | 'IN_PROGRESS' }
  | { kind: 'web-form-required'; webForm: WebFormInfo }
  | { kind: 'completed'; resource: 'bank-connection'; bankConnectionId: number | null }
  | CompletedWithErrorOutcome
  | { kind: 'expired' }
  | { kind: 'aborted' };

export type OutcomeKind = WebFormOutcome['kind'] | TaskOutcome['kind'];

/** The resource a completed web form of a type creates. */
export function resourceOf(type: WebFormType): CompletedOutcome['resource'] {
  switch (type) {
    case 'BANK_CONNECTION_IMPORT':
    case 'BANK_CONNECTION_UPDATE':
      return 'bank-connection';
    case 'STANDING_ORDER':
      return 'standing-order';
    // Direct debits are payments in finAPI Access: the payload carries a paymentId.
    case 'STANDALONE_PAYMENT':
    case 'PAYMENT_WITH_ACCOUNT_ID':
    case 'DIRECT_DEBIT_WITH_ACCOUNT_ID':
      return 'payment';
  }
}

/**
 * The outcome of a web form snapshot.
 *
 * @example
 * const outcome = outcomeOf(webForm);
 * if (outcome.kind === 'completed' && outcome.resource === 'payment') {
 *   showReceipt(outcome.paymentId);
 * }
 */
export function outcomeOf(webForm: Pick<WebForm, 'status' | 'type' | 'payload'>): WebFormOutcome {
  const { payload } = webForm;
  switch (webForm.status) {
    case 'NOT_YET_OPENED':
    case 'IN_PROGRESS':
      return { kind: 'pending', status: webForm.status };
    case 'COMPLETED': {
      const resource = resourceOf(webForm.type);
      if (resource === 'bank-connection') {
        return { kind: 'completed', resource, bankConnectionId: payload.bankConnectionId ?? null };
      }
      if (resource === 'payment') {
        return { kind: 'completed', resource, paymentId: payload.paymentId ?? null };
      }
      return { kind: 'completed', resource, standingOrderId: payload.standingOrderId ?? null };
    }
    case 'COMPLETED_WITH_ERROR':
      return { kind: 'completed-with-error', errorCode: payload.errorCode ?? null };
    case 'EXPIRED':
      return { kind: 'expired' };
    case 'ABORTED':
      return { kind: 'aborted' };
  }
}

/**
 * The outcome of a background update task. A task in `WEB_FORM_REQUIRED` needs the user until its
 * web form reaches a final status; from then on the web form's status decides the outcome.
 */
export function taskOutcomeOf(task: Pick<Task, 'status' | 'payload'>): TaskOutcome {
  const { payload } = task;
  const completed = (): TaskOutcome => ({
    kind: 'completed',
    resource: 'bank-connection',
    bankConnectionId: payload.bankConnectionId,
  });
  const failed = (): TaskOutcome => ({
    kind: 'completed-with-error',
    errorCode: payload.errorCode ?? null,
  });
  switch (task.status) {
    case 'NOT_YET_STARTED':
    case 'IN_PROGRESS':
      return { kind: 'pending', status: task.status };
    case 'COMPLETED':
      return completed();
    case 'COMPLETED_WITH_ERROR':
      return failed();
    case 'WEB_FORM_REQUIRED': {
      const webForm = payload.webForm;
      // finAPI always sends the web form with this status; without one there is nothing the user
      // can do, which is an error rather than an endless wait.
      if (webForm == null) return failed();
      if (!isFinalWebFormStatus(webForm.status)) return { kind: 'web-form-required', webForm };
      switch (webForm.status) {
        case 'COMPLETED':
          return completed();
        case 'COMPLETED_WITH_ERROR':
          return failed();
        case 'EXPIRED':
          return { kind: 'expired' };
        case 'ABORTED':
          return { kind: 'aborted' };
      }
    }
  }
}

/** The outcomes that still wait for someone: the user, finAPI or the bank. */
type PendingKind = 'pending' | 'web-form-required';

/**
 * Whether an outcome is final (anything but `pending` and `web-form-required`): the one rule the
 * hooks, the flow engine, the cross-tab messages and the proxy share. Narrows the outcome.
 *
 * @example
 * if (isFinalOutcome(outcomeOf(webForm))) stopWatching();
 */
export function isFinalOutcome<O extends { kind: string }>(
  outcome: O,
): outcome is Exclude<O, { kind: PendingKind }> {
  return outcome.kind !== 'pending' && outcome.kind !== 'web-form-required';
}
