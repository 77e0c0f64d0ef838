import type { ReturnVia } from '../createReturnUrls.ts';
import type { ProxyError } from '../proxyError.ts';
import type { TaskStatus } from '../schemas/taskStatus.ts';
import type { WebFormStatus } from '../schemas/webFormStatus.ts';
import { deriveFlowView } from './deriveFlowView.ts';
import type { FlowScreen } from './deriveFlowView.ts';
import type { FlowRecord } from './FlowRecord.ts';
import { isFinalFlowOutcome } from './flowTypes.ts';
import type { FinalFlowOutcome, FlowOutcome, WebFormKitError } from './flowTypes.ts';
import { ReturnFlowError } from './ReturnFlowError.ts';
import type { WebFormKitEventInput } from './webFormKitEvent.ts';

/** What the status watcher last said about the flow's web form or task. */
export interface FlowStatus {
  outcome: FlowOutcome | undefined;
  /** The snapshot's own status; for a task waiting on a web form, that web form's too. */
  status: WebFormStatus | TaskStatus | undefined;
  webFormStatus: WebFormStatus | undefined;
  /** The latest status request failure. */
  error: ProxyError | null;
  /**
   * The status is the one finAPI's callback announced, pushed before the proxy's read confirms
   * it: a final one shows its outcome at once, and the validated one completes (or corrects) it.
   */
  provisional?: boolean | undefined;
}

/** Nothing known yet: the first answer is on its way. */
export const NO_STATUS: FlowStatus = {
  outcome: undefined,
  status: undefined,
  webFormStatus: undefined,
  error: null,
};

/** A flow that has its web form or task. */
export interface TrackedFlow {
  record: FlowRecord;
  status: FlowStatus;
  /** The web form is past `expiresAt` and polling stopped with it still pending. */
  expired: boolean;
  /** `window.open` was blocked: the screens offer a link instead. */
  popupBlocked: boolean;
}

/**
 * Where the engine stands. `ready` and `waiting` follow a web form or task, with the screen that
 * shows it; `outcome` keeps it; `error` keeps it when the proxy no longer knows it (a 4xx), and
 * has none when creating it failed; `refused` is a return URL the return route does not act on.
 * `recheck` marks a flow whose stored one had ended: it asks the proxy again (which may answer
 * with that flow's outcome), so its screen says it is checking rather than about to redirect.
 * `provisional` marks an outcome from a pushed callback status: shown, but neither reported nor
 * stored until the validated snapshot settles it (which may fill in ids, or correct it).
 */
export type FlowMachineState =
  | { state: 'idle'; recheck?: true }
  | { state: 'creating'; recheck?: true }
  | { state: 'ready' | 'waiting'; flow: TrackedFlow; screen: FlowScreen }
  | { state: 'outcome'; flow: TrackedFlow; outcome: FinalFlowOutcome; provisional?: true }
  | { state: 'error'; flow: TrackedFlow | null; error: WebFormKitError }
  | { state: 'refused'; flow: TrackedFlow | null; error: ReturnFlowError };

/** Everything that moves a flow. */
export type FlowTransition =
  | { type: 'start' }
  /** The proxy created the web form or task; `fresh` for the creation's own engine. */
  | { type: 'created'; record: FlowRecord; status: FlowStatus; fresh: boolean }
  /**
   * The proxy answered the creation with a `409` naming the reference's existing flow, which the
   * record (`followed`) now follows; `fresh` as for `created`.
   */
  | { type: 'followed'; record: FlowRecord; status: FlowStatus; fresh: boolean }
  | { type: 'create-failed'; error: WebFormKitError }
  /** A stored flow picked up again (a reload, the way back from the bank). */
  | { type: 'resumed'; record: FlowRecord; status: FlowStatus }
  | { type: 'opened' }
  | { type: 'popup-blocked' }
  /** The user clicked the link offered after the popup was blocked. */
  | { type: 'opened-through-link' }
  | { type: 'status-changed'; status: FlowStatus }
  | { type: 'expired' }
  /** A return URL for this stored flow was accepted. */
  | { type: 'returned'; record: FlowRecord; via: ReturnVia; status: FlowStatus }
  | { type: 'return-refused'; error: ReturnFlowError }
  | { type: 'cancel' }
  | { type: 'restart' }
  | { type: 'dismiss' };

/** A change to what the browser remembers (see `FlowStorage`). */
export type StoreOp =
  | { op: 'save'; record: FlowRecord; crossTab: boolean }
  | { op: 'clear'; record: FlowRecord }
  | { op: 'dismiss'; record: FlowRecord | null };

/**
 * What a transition needs besides the state: the mode, the clock, and where its effects go (the
 * engine runs them; a test records them). On the return route an `outcome` event also goes to
 * the kit's other tabs, which is the engine's to send.
 */
export interface TransitionContext {
  /** `flow` for the round trip, `return` for the app's return route. */
  mode: 'flow' | 'return';
  now: number;
  /** Reports an event. */
  emit(event: WebFormKitEventInput): void;
  /** Changes what the browser remembers. */
  store(change: StoreOp): void;
}

/** The followed flow of a state, if it has one. */
export function trackedOf(machine: FlowMachineState): TrackedFlow | null {
  return 'flow' in machine ? machine.flow : null;
}

// What every event of a flow names: the resource and its id.
const ref = ({ resource, id }: FlowRecord) => ({ resource, id });

const track = (record: FlowRecord, status: FlowStatus): TrackedFlow => ({
  record,
  status,
  expired: false,
  popupBlocked: false,
});

// Where a followed flow stands now, by deriveFlowView's rules, and what that says: each status
// once, the outcome once (never again for a flow that had already ended), stored as it happens.
function settle(
  previous: FlowMachineState,
  flow: TrackedFlow,
  { mode, now, emit, store }: TransitionContext,
): FlowMachineState {
  const { record, status } = flow;
  const { error } = status;
  const before = trackedOf(previous);
  const seen = before?.record.id === record.id ? before.status : NO_STATUS;
  if (
    mode === 'flow' &&
    status.status !== undefined &&
    (status.status !== seen.status || status.webFormStatus !== seen.webFormStatus)
  ) {
    const { webFormStatus } = status;
    emit({ type: 'status-changed', ...ref(record), status: status.status, webFormStatus });
  }
  if (mode === 'return' && error?.kind === 'http' && error.status === 404) {
    // The proxy does not know the id: as untrustworthy as a foreign state.
    const refusal =
      previous.state === 'refused' && before?.status.error === error
        ? previous.error
        : new ReturnFlowError('unknown-id', 'the proxy does not know this id');
    return { state: 'refused', flow, error: refusal };
  }
  const view = deriveFlowView({
    kind: record.kind,
    phase: 'tracking',
    opened: record.opened,
    outcome: status.outcome,
    expired: flow.expired,
    statusError: error,
  });
  const { outcome } = view;
  if (view.state === 'outcome' && isFinalFlowOutcome(outcome)) {
    // The screen switches now; the outcome is reported and stored once, when it is validated.
    if (status.provisional === true) return { state: 'outcome', flow, outcome, provisional: true };
    if (record.finishedAt !== undefined) {
      return { state: 'outcome', flow, outcome };
    }
    const finished = { ...record, finishedAt: now };
    emit({ type: 'outcome', ...ref(record), outcome });
    // The flow's own tab marks it for itself only: a return landing in another tab is still the
    // first. The return route marks it everywhere, so any replay of its URL is stale.
    store({ op: 'save', record: finished, crossTab: mode === 'return' });
    return { state: 'outcome', flow: { ...flow, record: finished }, outcome };
  }
  if (view.state === 'error' && error !== null) return { state: 'error', flow, error };
  return { state: view.state === 'ready' ? 'ready' : 'waiting', flow, screen: view.screen };
}

/**
 * The flow engine's state machine: the next state, reporting and storing through `context` as
 * the transition happens. Deterministic; the engine runs the requests, timers and browser calls
 * around it.
 *
 * @example
 * const events = [];
 * transition({ state: 'idle' }, { type: 'start' },
 *   { mode: 'flow', now: Date.now(), emit: (e) => events.push(e), store: () => {} })
 * // { state: 'creating' }
 */
export function transition(
  machine: FlowMachineState,
  event: FlowTransition,
  context: TransitionContext,
): FlowMachineState {
  const { state } = machine;
  const { emit, store, now } = context;
  const flow = trackedOf(machine);
  switch (event.type) {
    case 'start':
      if (state === 'idle' && machine.recheck) return { state: 'creating', recheck: true };
      return state === 'idle' || (state === 'error' && flow === null)
        ? { state: 'creating' }
        : machine;
    case 'restart':
    case 'cancel':
      if (flow !== null) {
        if (event.type === 'cancel') emit({ type: 'cancelled', ...ref(flow.record) });
        store({ op: 'clear', record: flow.record });
      }
      return event.type === 'cancel' ? { state: 'idle' } : { state: 'creating' };
    case 'dismiss':
      store({ op: 'dismiss', record: flow?.record ?? null });
      return machine;
    case 'created': {
      if (state !== 'creating') return machine;
      const { record } = event;
      if (event.fresh) {
        emit({ type: 'created', ...ref(record), kind: record.kind });
        store({ op: 'save', record, crossTab: true });
      }
      return settle(machine, track(record, event.status), context);
    }
    case 'followed': {
      if (state !== 'creating') return machine;
      // Not created here, so no `created`; stored for this tab, so a reload follows it again.
      if (event.fresh) store({ op: 'save', record: event.record, crossTab: false });
      return settle(machine, track(event.record, event.status), context);
    }
    case 'create-failed':
      return state === 'creating' ? { state: 'error', flow: null, error: event.error } : machine;
    case 'resumed':
      return state === 'idle'
        ? settle(machine, track(event.record, event.status), context)
        : machine;
    case 'returned': {
      if (state !== 'idle') return machine;
      const { record, via } = event;
      const returned = { ...record, returnedAt: record.returnedAt ?? now, via };
      emit({ type: 'returned', ...ref(record), via });
      store({ op: 'save', record: returned, crossTab: true });
      return settle(machine, track(returned, event.status), context);
    }
    case 'return-refused':
      return state === 'idle' ? { state: 'refused', flow: null, error: event.error } : machine;
    // A final outcome never changes again, whatever a later answer says; a provisional one gives
    // way to what the validated snapshot says.
    case 'status-changed':
      return flow === null || (state === 'outcome' && machine.provisional !== true)
        ? machine
        : settle(machine, { ...flow, status: event.status }, context);
    case 'expired':
      return flow === null || state === 'outcome'
        ? machine
        : settle(machine, { ...flow, expired: true }, context);
  }
  // Opening: only a flow that still waits for the user.
  if (flow === null || state === 'outcome' || state === 'refused') return machine;
  const blocked = event.type === 'popup-blocked';
  const record = blocked ? flow.record : { ...flow.record, opened: true };
  emit({ type: 'opened', ...ref(record), openIn: record.openIn, popupBlocked: blocked });
  // Stored before leaving: the same-tab trip unloads this page right after.
  if (!blocked) store({ op: 'save', record, crossTab: true });
  return settle(machine, { ...flow, record, popupBlocked: blocked }, context);
}
