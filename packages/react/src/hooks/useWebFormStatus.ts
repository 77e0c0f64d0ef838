import { outcomeOf } from '@webform-kit/core';
import type { WebForm, WebFormOutcome, WebFormStatus } from '@webform-kit/core';
import { useMemo } from 'react';
import { webFormModel } from './snapshotModel.ts';
import { useStatus } from './useStatus.ts';
import type { StatusOptions, StatusState } from './useStatus.ts';

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
  const { snapshot, ...state } = useStatus('useWebFormStatus', webFormModel, id, options);
  const outcome = useMemo(() => (snapshot ? outcomeOf(snapshot) : undefined), [snapshot]);
  return {
    ...state,
    webForm: snapshot,
    status: snapshot?.status,
    outcome,
    expiresAt: snapshot === undefined ? undefined : webFormModel.expiresAt(snapshot),
  };
}
