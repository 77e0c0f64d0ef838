import { describe, expect, it } from 'vitest';
import { NO_STATUS, transition } from '../../src/flow/index.ts';
import type {
  FlowMachineState,
  FlowRecord,
  FlowStatus,
  FlowTransition,
  StoreOp,
  TrackedFlow,
  TransitionContext,
  WebFormKitEventInput,
} from '../../src/flow/index.ts';
import { ReturnFlowError } from '../../src/flow/index.ts';
import { ProxyError } from '../../src/index.ts';

const NOW = Date.UTC(2026, 10, 26, 10, 0, 0);
const ID = '946db09e-5bfc-11eb-ae93-0242ac130002';
const NEW_ID = 'a1b2c3d4-0000-4000-8000-000000000001';

const record = (fields: Partial<FlowRecord> = {}): FlowRecord => ({
  v: 1,
  id: ID,
  resource: 'web-form',
  kind: 'standalone-payment',
  state: 'c3RhdGUtbm9uY2UtZm9yLXRlc3Rz',
  startedAt: NOW - 60_000,
  openIn: 'new-tab',
  opened: false,
  ...fields,
});

const status = (
  webFormStatus: 'NOT_YET_OPENED' | 'IN_PROGRESS' | 'COMPLETED',
  error: ProxyError | null = null,
): FlowStatus => ({
  outcome:
    webFormStatus === 'COMPLETED'
      ? { kind: 'completed', resource: 'payment', paymentId: 42 }
      : { kind: 'pending', status: webFormStatus },
  status: webFormStatus,
  webFormStatus: undefined,
  error,
});

const tracked = (fields: Partial<FlowRecord>, flowStatus: FlowStatus): TrackedFlow => ({
  record: record(fields),
  status: flowStatus,
  expired: false,
  popupBlocked: false,
});

const lost = new ProxyError('http', 'GET answered 404', { status: 404 });

/** One state of each kind the machine has, as a flow that pays an order would be in it. */
const STATES = {
  idle: { state: 'idle' },
  creating: { state: 'creating' },
  ready: { state: 'ready', flow: tracked({}, status('NOT_YET_OPENED')), screen: 'redirect' },
  waiting: {
    state: 'waiting',
    flow: tracked({ opened: true }, status('IN_PROGRESS')),
    screen: 'waiting',
  },
  outcome: {
    state: 'outcome',
    flow: tracked({ opened: true, finishedAt: NOW - 1_000 }, status('COMPLETED')),
    outcome: { kind: 'completed', resource: 'payment', paymentId: 42 },
  },
  failed: {
    state: 'error',
    flow: null,
    error: new ProxyError('http', 'POST answered 503', { status: 503 }),
  },
  lost: {
    state: 'error',
    flow: tracked({ opened: true }, status('IN_PROGRESS', lost)),
    error: lost,
  },
  refused: {
    state: 'refused',
    flow: null,
    error: new ReturnFlowError('unknown-state', 'no flow in this browser has this state'),
  },
} satisfies Record<string, FlowMachineState>;

/** Every transition, with what it carries. */
const TRANSITIONS = {
  start: { type: 'start' },
  created: {
    type: 'created',
    record: record({ id: NEW_ID }),
    status: status('NOT_YET_OPENED'),
    fresh: true,
  },
  followed: {
    type: 'followed',
    record: record({ id: NEW_ID, opened: true, followed: 'FLOW_IN_PROGRESS' }),
    status: status('IN_PROGRESS'),
    fresh: true,
  },
  'create-failed': { type: 'create-failed', error: new ProxyError('network', 'offline') },
  resumed: { type: 'resumed', record: record({ opened: true }), status: status('IN_PROGRESS') },
  opened: { type: 'opened' },
  'popup-blocked': { type: 'popup-blocked' },
  'opened-through-link': { type: 'opened-through-link' },
  'status: in progress': { type: 'status-changed', status: status('IN_PROGRESS') },
  'status: completed': { type: 'status-changed', status: status('COMPLETED') },
  expired: { type: 'expired' },
  returned: {
    type: 'returned',
    record: record({ opened: true }),
    via: 'success',
    status: NO_STATUS,
  },
  'return-refused': {
    type: 'return-refused',
    error: new ReturnFlowError('too-old', 'the stored flow is too old'),
  },
  cancel: { type: 'cancel' },
  restart: { type: 'restart' },
  dismiss: { type: 'dismiss' },
} satisfies Record<string, FlowTransition>;

type StateName = keyof typeof STATES;
type TransitionName = keyof typeof TRANSITIONS;

/**
 * `next state | events | storage`: the events by type, the storage as `save` (this tab only),
 * `save+` (and the other tabs), `clear` or `dismiss`; `-` for none.
 */
type Cell = `${string} | ${string} | ${string}`;

const IGNORED = (state: string): Cell => `${state} | - | -`;

/** The flow mode's table: for every state, what every transition does. */
const TABLE: Record<StateName, Record<TransitionName, Cell>> = {
  idle: {
    start: 'creating | - | -',
    created: IGNORED('idle'),
    followed: IGNORED('idle'),
    'create-failed': IGNORED('idle'),
    resumed: 'waiting | status-changed | -',
    opened: IGNORED('idle'),
    'popup-blocked': IGNORED('idle'),
    'opened-through-link': IGNORED('idle'),
    'status: in progress': IGNORED('idle'),
    'status: completed': IGNORED('idle'),
    expired: IGNORED('idle'),
    returned: 'waiting | returned | save+',
    'return-refused': 'refused | - | -',
    cancel: 'idle | - | -',
    restart: 'creating | - | -',
    dismiss: 'idle | - | dismiss',
  },
  creating: {
    start: IGNORED('creating'),
    created: 'ready | created,status-changed | save+',
    followed: 'waiting | status-changed | save',
    'create-failed': 'error | - | -',
    resumed: IGNORED('creating'),
    opened: IGNORED('creating'),
    'popup-blocked': IGNORED('creating'),
    'opened-through-link': IGNORED('creating'),
    'status: in progress': IGNORED('creating'),
    'status: completed': IGNORED('creating'),
    expired: IGNORED('creating'),
    returned: IGNORED('creating'),
    'return-refused': IGNORED('creating'),
    cancel: 'idle | - | -',
    restart: 'creating | - | -',
    dismiss: 'creating | - | dismiss',
  },
  ready: {
    start: IGNORED('ready'),
    created: IGNORED('ready'),
    followed: IGNORED('ready'),
    'create-failed': IGNORED('ready'),
    resumed: IGNORED('ready'),
    opened: 'waiting | opened | save+',
    'popup-blocked': 'ready | opened | -',
    'opened-through-link': 'waiting | opened | save+',
    'status: in progress': 'waiting | status-changed | -',
    'status: completed': 'outcome | status-changed,outcome | save',
    expired: 'outcome | outcome | save',
    returned: IGNORED('ready'),
    'return-refused': IGNORED('ready'),
    cancel: 'idle | cancelled | clear',
    restart: 'creating | - | clear',
    dismiss: 'ready | - | dismiss',
  },
  waiting: {
    start: IGNORED('waiting'),
    created: IGNORED('waiting'),
    followed: IGNORED('waiting'),
    'create-failed': IGNORED('waiting'),
    resumed: IGNORED('waiting'),
    opened: 'waiting | opened | save+',
    'popup-blocked': 'waiting | opened | -',
    'opened-through-link': 'waiting | opened | save+',
    'status: in progress': IGNORED('waiting'),
    'status: completed': 'outcome | status-changed,outcome | save',
    expired: 'outcome | outcome | save',
    returned: IGNORED('waiting'),
    'return-refused': IGNORED('waiting'),
    cancel: 'idle | cancelled | clear',
    restart: 'creating | - | clear',
    dismiss: 'waiting | - | dismiss',
  },
  outcome: {
    start: IGNORED('outcome'),
    created: IGNORED('outcome'),
    followed: IGNORED('outcome'),
    'create-failed': IGNORED('outcome'),
    resumed: IGNORED('outcome'),
    opened: IGNORED('outcome'),
    'popup-blocked': IGNORED('outcome'),
    'opened-through-link': IGNORED('outcome'),
    'status: in progress': IGNORED('outcome'),
    'status: completed': IGNORED('outcome'),
    expired: IGNORED('outcome'),
    returned: IGNORED('outcome'),
    'return-refused': IGNORED('outcome'),
    cancel: 'idle | cancelled | clear',
    restart: 'creating | - | clear',
    dismiss: 'outcome | - | dismiss',
  },
  failed: {
    start: 'creating | - | -',
    created: IGNORED('error'),
    followed: IGNORED('error'),
    'create-failed': IGNORED('error'),
    resumed: IGNORED('error'),
    opened: IGNORED('error'),
    'popup-blocked': IGNORED('error'),
    'opened-through-link': IGNORED('error'),
    'status: in progress': IGNORED('error'),
    'status: completed': IGNORED('error'),
    expired: IGNORED('error'),
    returned: IGNORED('error'),
    'return-refused': IGNORED('error'),
    cancel: 'idle | - | -',
    restart: 'creating | - | -',
    dismiss: 'error | - | dismiss',
  },
  lost: {
    start: IGNORED('error'),
    created: IGNORED('error'),
    followed: IGNORED('error'),
    'create-failed': IGNORED('error'),
    resumed: IGNORED('error'),
    opened: 'error | opened | save+',
    'popup-blocked': 'error | opened | -',
    'opened-through-link': 'error | opened | save+',
    // The proxy knows the web form again: the flow carries on.
    'status: in progress': 'waiting | - | -',
    'status: completed': 'outcome | status-changed,outcome | save',
    expired: 'outcome | outcome | save',
    returned: IGNORED('error'),
    'return-refused': IGNORED('error'),
    cancel: 'idle | cancelled | clear',
    restart: 'creating | - | clear',
    dismiss: 'error | - | dismiss',
  },
  refused: {
    start: IGNORED('refused'),
    created: IGNORED('refused'),
    followed: IGNORED('refused'),
    'create-failed': IGNORED('refused'),
    resumed: IGNORED('refused'),
    opened: IGNORED('refused'),
    'popup-blocked': IGNORED('refused'),
    'opened-through-link': IGNORED('refused'),
    'status: in progress': IGNORED('refused'),
    'status: completed': IGNORED('refused'),
    expired: IGNORED('refused'),
    returned: IGNORED('refused'),
    'return-refused': IGNORED('refused'),
    cancel: 'idle | - | -',
    restart: 'creating | - | -',
    dismiss: 'refused | - | dismiss',
  },
};

function run(machine: FlowMachineState, event: FlowTransition, mode: 'flow' | 'return' = 'flow') {
  const events: WebFormKitEventInput[] = [];
  const store: StoreOp[] = [];
  const context: TransitionContext = {
    mode,
    now: NOW,
    emit: (input) => events.push(input),
    store: (change) => store.push(change),
  };
  return { next: transition(machine, event, context), events, store };
}

const storageOf = (change: StoreOp) =>
  change.op === 'save' ? (change.crossTab ? 'save+' : 'save') : change.op;

const rows = Object.entries(TABLE).flatMap(([state, cells]) =>
  Object.entries(cells).map(([event, cell]) => [state, event, cell] as const),
);

describe('the flow machine, state by transition', () => {
  it('has a row for every state and transition', () => {
    expect(rows).toHaveLength(Object.keys(STATES).length * Object.keys(TRANSITIONS).length);
  });

  it.each(rows)('%s + %s -> %s', (state, event, cell) => {
    const [nextState, events, storage] = cell.split(' | ');
    const {
      next,
      events: said,
      store,
    } = run(STATES[state as StateName], TRANSITIONS[event as TransitionName]);
    expect(next.state).toBe(nextState);
    expect(said.map((e) => e.type).join(',') || '-').toBe(events);
    expect(store.map(storageOf).join(',') || '-').toBe(storage);
  });
});

describe('the flow machine: what it stores and says', () => {
  it('stores the opened flow, and says where and how it opened', () => {
    const { next, events, store } = run(STATES.ready, TRANSITIONS.opened);
    expect(store).toEqual([{ op: 'save', record: record({ opened: true }), crossTab: true }]);
    expect(events).toEqual([
      { type: 'opened', resource: 'web-form', id: ID, openIn: 'new-tab', popupBlocked: false },
    ]);
    expect(next).toMatchObject({ state: 'waiting', screen: 'waiting' });
  });

  it('keeps a blocked popup unopened, and the link click opens it', () => {
    const blocked = run(STATES.ready, TRANSITIONS['popup-blocked']).next;
    expect(blocked).toMatchObject({ state: 'ready', flow: { popupBlocked: true } });
    const { next, events } = run(blocked, TRANSITIONS['opened-through-link']);
    expect(next).toMatchObject({ state: 'waiting', flow: { popupBlocked: false } });
    expect(events).toEqual([expect.objectContaining({ type: 'opened', popupBlocked: false })]);
  });

  it('marks a finished flow with the time, and reports its outcome once', () => {
    const first = run(STATES.waiting, TRANSITIONS['status: completed']);
    expect(first.next).toMatchObject({ state: 'outcome', flow: { record: { finishedAt: NOW } } });
    expect(first.events.at(-1)).toEqual({
      type: 'outcome',
      resource: 'web-form',
      id: ID,
      outcome: { kind: 'completed', resource: 'payment', paymentId: 42 },
    });
    expect(run(first.next, TRANSITIONS['status: completed']).events).toEqual([]);
  });

  it('reports no outcome for a resumed flow that had already ended', () => {
    const finished = record({ opened: true, finishedAt: NOW - 1_000 });
    const { next, events, store } = run(STATES.idle, {
      type: 'resumed',
      record: finished,
      status: status('COMPLETED'),
    });
    expect(next.state).toBe('outcome');
    expect(events.map((e) => e.type)).toEqual(['status-changed']);
    expect(store).toEqual([]);
  });

  it('follows the flow a 409 names: no created event, stored for this tab only', () => {
    const { next, events, store } = run(STATES.creating, TRANSITIONS.followed);
    expect(next).toMatchObject({
      state: 'waiting',
      screen: 'waiting',
      flow: { record: { id: NEW_ID } },
    });
    expect(events.map((e) => e.type)).toEqual(['status-changed']);
    expect(store).toEqual([{ op: 'save', record: TRANSITIONS.followed.record, crossTab: false }]);
    const joined = run(STATES.creating, { ...TRANSITIONS.followed, fresh: false });
    expect(joined.store).toEqual([]);
  });

  it('keeps checking, not redirecting, when a flow that had ended is asked about again', () => {
    expect(run({ state: 'idle', recheck: true }, TRANSITIONS.start).next).toEqual({
      state: 'creating',
      recheck: true,
    });
    expect(run(STATES.idle, TRANSITIONS.start).next).toEqual({ state: 'creating' });
  });

  it('joins a creation in flight without saying or storing it twice', () => {
    const joined = { ...TRANSITIONS.created, fresh: false };
    const { next, events, store } = run(STATES.creating, joined);
    expect(next.state).toBe('ready');
    expect(events.map((e) => e.type)).toEqual(['status-changed']);
    expect(store).toEqual([]);
  });
});

describe('the return route', () => {
  it('accepts a return: stores when and how the user came back, says returned', () => {
    const { next, events, store } = run(STATES.idle, TRANSITIONS.returned, 'return');
    expect(next.state).toBe('waiting');
    expect(events).toEqual([{ type: 'returned', resource: 'web-form', id: ID, via: 'success' }]);
    expect(store).toEqual([
      {
        op: 'save',
        record: record({ opened: true, returnedAt: NOW, via: 'success' }),
        crossTab: true,
      },
    ]);
  });

  it('marks the outcome for every tab, and says no status changes', () => {
    const { next, events, store } = run(STATES.waiting, TRANSITIONS['status: completed'], 'return');
    expect(next.state).toBe('outcome');
    expect(events.map((e) => e.type)).toEqual(['outcome']);
    expect(store).toEqual([expect.objectContaining({ op: 'save', crossTab: true })]);
  });

  it('refuses a return the proxy does not know, once', () => {
    const unknown: FlowTransition = {
      type: 'status-changed',
      status: status('IN_PROGRESS', lost),
    };
    const { next } = run(STATES.waiting, unknown, 'return');
    expect(next).toMatchObject({ state: 'refused', error: { reason: 'unknown-id' } });
    // The same error object, so the engine reports it once.
    const again = run(next, unknown, 'return').next;
    expect(Reflect.get(again, 'error')).toBe(Reflect.get(next, 'error'));
  });

  it('refuses a return URL it does not act on', () => {
    const { next, events, store } = run(STATES.idle, TRANSITIONS['return-refused'], 'return');
    expect(next).toMatchObject({ state: 'refused', error: { kind: 'stale-return' } });
    expect(events).toEqual([]);
    expect(store).toEqual([]);
  });
});
