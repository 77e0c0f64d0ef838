import type { WebForm, WebFormOutcome, WebFormStatus } from '@webform-kit/core';
import { webFormSource } from '@webform-kit/core/flow';
import type { StatusOptions, StatusState } from '@webform-kit/core/flow';
import { useStatusObserver } from './useStatusObserver.ts';

export interface WebFormStatusResult extends StatusState {
  /** The latest snapshot from the proxy (polled or pushed), merged so it never moves back. */
  webForm: WebForm | undefined;
  status: WebFormStatus | undefined;
  /** core's `outcomeOf(webForm)`: `kind` discriminates, final kinds never change. */
  outcome: WebFormOutcome | undefined;
  /** When the web form's URL stops working, in ms since the epoch. */
  expiresAt: number | undefined;
}

/**
 * Follows a web form through the proxy until it reaches a final status. Push first: when the
 * proxy's event stream is available, one shared `EventSource` per id feeds the cache and polling
 * drops to a slow safety net. Without push it polls every 2 s (never faster than once a second),
 * pauses while the tab is hidden, backs off with jitter on errors (honouring `Retry-After`) and
 * stops at a final status, or after one last request past `expiresAt`. Every component watching
 * the same id shares one request stream. `null` watches nothing.
 *
 * @example
 * const { outcome, error, refetch } = useWebFormStatus(webFormId);
 * if (outcome?.kind === 'completed' && outcome.resource === 'payment') showReceipt(outcome.paymentId);
 */
export function useWebFormStatus(
  id: string | null | undefined,
  options?: StatusOptions,
): WebFormStatusResult {
  const {
    snapshot,
    webFormStatus: _none,
    ...state
  } = useStatusObserver('useWebFormStatus', webFormSource, id, options);
  return { ...state, webForm: snapshot };
}
