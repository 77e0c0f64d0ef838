import type {
  CreateBackgroundUpdateBody,
  CreateWebFormBody,
  ProxyError,
  ReturnUrlError,
  TaskOutcome,
  WebFormKind,
  WebFormOutcome,
} from '@webform-kit/core';
import type { ReturnFlowError } from './ReturnFlowError.ts';

/** What a flow creates: one of core's web form kinds, or a background update task. */
export type FlowKind = WebFormKind | 'background-update';

/** The proxy resource a flow follows. */
export type FlowResource = 'web-form' | 'task';

/** Where `open()` sends the user: this tab (`location.assign`) or a new one (`window.open`). */
export type OpenIn = 'same-tab' | 'new-tab';

/** The request body for a kind: core's create body, or the background update body. */
export type FlowRequest<K extends FlowKind> = K extends WebFormKind
  ? CreateWebFormBody<K>
  : CreateBackgroundUpdateBody;

/** Any outcome a flow can report: a web form's or a task's, pending ones included. */
export type FlowOutcome = WebFormOutcome | TaskOutcome;

/** An outcome that never changes again. */
export type FinalFlowOutcome = Exclude<FlowOutcome, { kind: 'pending' | 'web-form-required' }>;

/**
 * Everything a hook reports as `error`:
 * - a core `ProxyError` (`kind`: network, timeout, http, invalid-response, aborted);
 * - a core `ReturnUrlError` when `returnTo`, `allowedOrigins` or `customerSupportUrl` are refused
 *   (a configuration mistake, found before anything is created);
 * - a {@link ReturnFlowError} on the return route (`invalid-return`, `stale-return`).
 */
export type WebFormKitError = ProxyError | ReturnUrlError | ReturnFlowError;

/** Whether an outcome is final; narrows to {@link FinalFlowOutcome}. */
export function isFinalFlowOutcome(outcome: FlowOutcome | undefined): outcome is FinalFlowOutcome {
  return (
    outcome !== undefined && outcome.kind !== 'pending' && outcome.kind !== 'web-form-required'
  );
}
