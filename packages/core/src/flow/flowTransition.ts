import type { ReturnVia } from '../createReturnUrls.ts';
import type { ProxyError } from '../proxyError.ts';
import type { TaskStatus } from '../schemas/taskStatus.ts';
import type { WebFormStatus } from '../schemas/webFormStatus.ts';
import { deriveFlowView } from './deriveFlowView.ts';
import type { FlowScreen } from './deriveFlowView.ts';
import type { FlowRecord } from './FlowRecord.ts';
import { isFinalFlowOutcome } from './flowTypes.ts';
import type { FinalFlowOutcome, FlowOutcome, WebFormKitError } from './flowTypes.ts';
import type { OutcomeMessage } from './outcomeChannel.ts';
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
 */
export type FlowMachineState =
  | { state: 'idle' }
  | { state: 'creating' }
  | { state: 'ready' | 'waiting'; flow: TrackedFlow; screen: FlowScreen }
  | { state: 'outcome'; flow: TrackedFlow; outcome: FinalFlowOutcome }
  | { state: 'error'; flow: TrackedFlow | null; error: WebFormKitError }
  | { state: 'refused'; flow: TrackedFlow | null; error: ReturnFlowError };

/** Everything that moves a flow. */
export type FlowTransition =
  | { type: 'start' }
  /** The proxy created the web form or task; `fresh` for the creation's own engine. */
  | { type: 'created'; record: FlowRecord; status: FlowStatus; fresh: boolean }
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

/** The outcome of one transition: the next state and what it says, stores and tells. */
export interface FlowStep {
  state: FlowMachineState;
  events: WebFormKitEventInput[];
  store: StoreOp[];
  /** For the kit's other tabs: the return route's tab learnt the outcome. */
  broadcast: OutcomeMessage | null;
}

export interface TransitionContext {
  /** `flow` for the round trip, `return` for the app's return route. */
  mode: 'flow' | 'return';
  now: number;
}

/** The followed flow of a state, if it has one. */
export function trackedOf(machine: FlowMachineState): TrackedFlow | null {
  return 'flow' in machine ? machine.flow : null;
}

const step = (
  state: FlowMachineState,
  events: WebFormKitEventInput[] = [],
  store: StoreOp[] = [],
): FlowStep => ({ state, events, store, broadcast: null });

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
  { mode, now }: TransitionContext,
  events: WebFormKitEventInput[] = [],
  store: StoreOp[] = [],
): FlowStep {
  const { record, status } = flow;
  const { error } = status;
  const ref = { resource: record.resource, id: record.id } as const;
  const before = trackedOf(previous);
  const seen = before?.record.id === record.id ? before.status : NO_STATUS;
  if (
    mode === 'flow' &&
    status.status !== undefined &&
    (status.status !== seen.status || status.webFormStatus !== seen.webFormStatus)
  ) {
    const { webFormStatus } = status;
    events.push({ type: 'status-changed', ...ref, status: status.status, webFormStatus });
  }
  const next = (state: FlowMachineState): FlowStep => ({ state, events, store, broadcast: null });

  if (mode === 'return' && error?.kind === 'http' && error.status === 404) {
    // The proxy does not know the id: as untrustworthy as a foreign state.
    const refusal =
      previous.state === 'refused' && before?.status.error === error
        ? previous.error
        : new ReturnFlowError('unknown-id', 'the proxy does not know this web form or task');
    return next({ state: 'refused', flow, error: refusal });
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
    if (previous.state === 'outcome' || record.finishedAt !== undefined) {
      return next({ state: 'outcome', flow, outcome });
    }
    const finished = { ...record, finishedAt: now };
    events.push({ type: 'outcome', ...ref, outcome });
    // The flow's own tab marks it for itself only: a return landing in another tab is still the
    // first. The return route marks it everywhere, so any replay of its URL is stale, and tells
    // the other tabs.
    store.push({ op: 'save', record: finished, crossTab: mode === 'return' });
    return {
      ...next({ state: 'outcome', flow: { ...flow, record: finished }, outcome }),
      broadcast: mode === 'return' ? { type: 'outcome', id: record.id, outcome } : null,
    };
  }
  if (view.state === 'error' && error !== null) return next({ state: 'error', flow, error });
  const state = view.state === 'ready' ? 'ready' : 'waiting';
  return next({ state, flow, screen: view.screen });
}

/**
 * The flow engine's state machine, as a pure function: the next state, the events to report and
 * what to store. The engine runs the requests, timers and browser calls around it.
 *
 * @example
 * transition({ state: 'idle' }, { type: 'start' }, { mode: 'flow', now: Date.now() }).state
 * // { state: 'creating' }
 */
export function transition(
  machine: FlowMachineState,
  event: FlowTransition,
  context: TransitionContext,
): FlowStep {
  const { state } = machine;
  const flow = trackedOf(machine);
  const stay = step(machine);
  switch (event.type) {
    case 'start':
      return state === 'idle' || (state === 'error' && flow === null)
        ? step({ state: 'creating' })
        : stay;
    case 'restart':
    case 'cancel':
      return step(
        event.type === 'cancel' ? { state: 'idle' } : { state: 'creating' },
        flow !== null && event.type === 'cancel'
          ? [{ type: 'cancelled', resource: flow.record.resource, id: flow.record.id }]
          : [],
        flow === null ? [] : [{ op: 'clear', record: flow.record }],
      );
    case 'dismiss':
      return step(machine, [], [{ op: 'dismiss', record: flow?.record ?? null }]);
    case 'created': {
      if (state !== 'creating') return stay;
      const { record, fresh } = event;
      const { resource, id, kind } = record;
      return settle(
        machine,
        track(record, event.status),
        context,
        fresh ? [{ type: 'created', resource, id, kind }] : [],
        fresh ? [{ op: 'save', record, crossTab: true }] : [],
      );
    }
    case 'create-failed':
      return state === 'creating' ? step({ state: 'error', flow: null, error: event.error }) : stay;
    case 'resumed':
      return state === 'idle' ? settle(machine, track(event.record, event.status), context) : stay;
    case 'returned': {
      if (state !== 'idle') return stay;
      const { record, via } = event;
      const returned = { ...record, returnedAt: record.returnedAt ?? context.now, via };
      return settle(
        machine,
        track(returned, event.status),
        context,
        [{ type: 'returned', resource: record.resource, id: record.id, via }],
        [{ op: 'save', record: returned, crossTab: true }],
      );
    }
    case 'return-refused':
      return state === 'idle' ? step({ state: 'refused', flow: null, error: event.error }) : stay;
    case 'status-changed':
      return flow === null ? stay : settle(machine, { ...flow, status: event.status }, context);
    case 'expired':
      return flow === null || flow.record.resource !== 'web-form'
        ? stay
        : settle(machine, { ...flow, expired: true }, context);
  }
  // Opening: only a flow that still waits for the user.
  if (flow === null || state === 'outcome' || state === 'refused') return stay;
  const { resource, id, openIn } = flow.record;
  const blocked = event.type === 'popup-blocked';
  const record = blocked ? flow.record : { ...flow.record, opened: true };
  return settle(
    machine,
    { ...flow, record, popupBlocked: blocked },
    context,
    [{ type: 'opened', resource, id, openIn, popupBlocked: blocked }],
    // Stored before leaving: the same-tab trip unloads this page right after.
    blocked ? [] : [{ op: 'save', record, crossTab: true }],
  );
}
