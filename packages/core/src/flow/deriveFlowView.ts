import type { ProxyError } from '../proxyError.ts';
import { isRetryableStatusError } from './pollingPolicy.ts';
import { isFinalFlowOutcome } from './flowTypes.ts';
import type { FinalFlowOutcome, FlowKind, FlowOutcome } from './flowTypes.ts';

/**
 * Where a round trip stands:
 * `idle -> creating -> ready -> waiting -> outcome`, and `error` from any of them.
 * - `idle`: nothing created (before `start()`, or after `cancel()`);
 * - `creating`: the proxy is creating the web form or task;
 * - `ready`: the web form exists and `open()` can send the user there;
 * - `waiting`: the user is at the web form, or a task is running on its own;
 * - `outcome`: a final outcome is known;
 * - `error`: creation failed, the configuration was refused, or the proxy no longer knows the
 *   web form (a 4xx). A retryable status failure keeps the state and shows `connection-error`.
 */
export type FlowState = 'idle' | 'creating' | 'ready' | 'waiting' | 'outcome' | 'error';

/** The DESIGN's `data-screen` values: which screen shows a flow's state. */
export type FlowScreen =
  | 'redirect'
  | 'waiting'
  | 'checking'
  | 'completed'
  | 'completed-with-error'
  | 'expired'
  | 'aborted'
  | 'web-form-required'
  | 'connection-error';

export interface FlowViewInput {
  kind: FlowKind;
  phase: 'idle' | 'creating' | 'tracking' | 'error';
  /** `open()` sent the user to the web form. */
  opened: boolean;
  /** The outcome of the latest snapshot; `undefined` before the first one. */
  outcome: FlowOutcome | undefined;
  /** The web form is past `expiresAt` and polling stopped with it still pending. */
  expired: boolean;
  /** The latest status request failure. */
  statusError: ProxyError | null;
}

export interface FlowView {
  state: FlowState;
  screen: FlowScreen;
  outcome: FlowOutcome | undefined;
}

const EXPIRED: FinalFlowOutcome = { kind: 'expired' };

/**
 * Where a flow stands, as a pure function of what it knows: the one place of these rules. The
 * flow engine settles every transition through it, and the screens follow its `state` and `screen`.
 *
 * @example
 * deriveFlowView({ kind: 'standalone-payment', phase: 'tracking', opened: true,
 *   outcome: { kind: 'pending', status: 'IN_PROGRESS' }, expired: false, statusError: null })
 * // { state: 'waiting', screen: 'waiting', outcome: ... }
 */
export function deriveFlowView(input: FlowViewInput): FlowView {
  const { kind, phase, opened, outcome, expired, statusError } = input;
  const task = kind === 'background-update';
  if (phase === 'idle' || phase === 'creating') {
    return { state: phase, screen: task ? 'checking' : 'redirect', outcome: undefined };
  }
  if (phase === 'error') return { state: 'error', screen: 'connection-error', outcome };
  if (isFinalFlowOutcome(outcome)) return { state: 'outcome', screen: outcome.kind, outcome };
  // Past expiresAt the URL no longer works, even if finAPI has not finalised the form yet.
  if (expired) return { state: 'outcome', screen: 'expired', outcome: EXPIRED };

  // Ready while the web form (the flow's own, or the one a task asks for) awaits its first open.
  let state: FlowState = 'waiting';
  let screen: FlowScreen = 'waiting';
  if (outcome === undefined) {
    screen = 'checking';
    if (!opened && !task) state = 'ready';
  } else if (outcome.kind === 'web-form-required') {
    if (outcome.webForm.status === 'NOT_YET_OPENED' && !opened) {
      state = 'ready';
      screen = 'web-form-required';
    }
  } else if (task) {
    screen = 'checking';
  } else if (outcome.status === 'NOT_YET_OPENED' && !opened) {
    state = 'ready';
    screen = 'redirect';
  }
  if (statusError !== null) {
    // A retryable failure keeps the state; one that retrying will not fix (a 4xx) is an error.
    screen = 'connection-error';
    if (!isRetryableStatusError(statusError)) state = 'error';
  }
  return { state, screen, outcome };
}
