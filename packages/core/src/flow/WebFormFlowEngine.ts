import type { FlowSummary } from '../schemas/flowSummary.ts';
import type { TaskAnswer, WebFormAnswer } from '../schemas/proxyAnswer.ts';
import { buildWebFormUrl } from './buildWebFormUrl.ts';
import { createFlow, forgetCreation } from './createFlow.ts';
import type { FlowKit } from './FlowKit.ts';
import { DEFAULT_STORAGE_KEY, isFresh } from './FlowRecord.ts';
import type { FlowRecord } from './FlowRecord.ts';
import { createFlowStorage } from './flowStorage.ts';
import type { FlowStorage } from './flowStorage.ts';
import { flowStorageKey } from './flowStorageKey.ts';
import { trackedOf, transition } from './flowTransition.ts';
import type {
  FlowMachineState,
  FlowStatus,
  FlowTransition,
  StoreOp,
  TrackedFlow,
} from './flowTransition.ts';
import type { FlowKind, FlowOutcome, OpenIn, WebFormKitError } from './flowTypes.ts';
import { subscribeOutcomes } from './outcomeChannel.ts';
import { reportMisconfiguration } from './reportMisconfiguration.ts';
import type { ReturnFlowOptions } from './ReturnFlowResult.ts';
import { StatusObserver } from './StatusObserver.ts';
import { taskSource, webFormSource } from './statusQuery.ts';
import { toKitError } from './toKitError.ts';
import { callListener, stampEvent, summariseError } from './webFormKitEvent.ts';
import type { WebFormKitEvent, WebFormKitEventInput } from './webFormKitEvent.ts';
import type { WebFormFlowOptions, WebFormFlowResult } from './WebFormFlowResult.ts';

// Core's types leave out Node's; a bundler replaces this expression (see publish).
declare const process: { env: { NODE_ENV?: string } };

/** Which side of the round trip an engine drives. */
export type FlowEngineMode = 'flow' | 'return';

/** A flow's options, or a return route's (`FlowEngine` in `return` mode). */
export type FlowEngineOptions = WebFormFlowOptions | ReturnFlowOptions;

interface BuiltUrl {
  key: string;
  url: string | null;
  error: WebFormKitError | null;
}

const NO_URL: BuiltUrl = { key: '', url: null, error: null };

/**
 * The whole round trip without any framework: creates the web form (or background task) through
 * the proxy, appends the return parameters, sends the user there with `open()`, follows the
 * status (push first, polling as the fallback) and reports where the flow stands. Its subclass
 * {@link FlowEngine} adds the `return` mode, which accepts the return URL instead; this class
 * alone is what `useWebFormFlow` needs, so a page without a return route loads none of that
 * (class methods are never tree-shaken). Every change is one {@link transition} of its state
 * machine, which also says what to report and store; the engine runs the requests and browser
 * calls around it. The flow is stored (`sessionStorage`, 30 min by default) under its kind and
 * input, so a reload or the trip to the bank and back resumes it instead of creating another web
 * form, and another input (order B) never resumes it. A flow that had ended is not replayed from
 * storage: the next engine for the same input asks the proxy, whose `409` names the existing
 * flow (`ALREADY_COMPLETED`, `FLOW_IN_PROGRESS`, `PAYMENT_UNCERTAIN`), which is then followed.
 *
 * Like TanStack's `QueryObserver`, it does nothing until the first `subscribe`, and a listener's
 * leaving and coming back (React's StrictMode) starts nothing twice. Browser APIs come from
 * `kit.env`.
 *
 * @example
 * const flow = new WebFormFlowEngine(kit, { kind: 'standalone-payment', input: { orderId: '1042' }, returnTo });
 * const stop = flow.subscribe(() => {
 *   const { state, url } = flow.getResult();
 *   if (state === 'ready' && url !== null) flow.open();
 * });
 */
export class WebFormFlowEngine {
  protected readonly kit: FlowKit;
  protected readonly mode: FlowEngineMode;
  // Where the flow is stored; the return route moves them to where it finds the flow.
  protected storage: FlowStorage;
  protected storageKey: string;
  readonly #listeners = new Set<() => void>();
  // Follows the flow's web form or task, switching resources with the flow.
  readonly #status: StatusObserver<WebFormAnswer | TaskAnswer, FlowOutcome>;
  protected options: FlowEngineOptions;
  #machine: FlowMachineState = { state: 'idle' };
  #deferred: (() => void)[] | null = null;
  #stop: (() => void) | null = null;
  #initialised = false;
  #generation = 0;
  #flowResult: WebFormFlowResult | null = null;
  #serverResult: WebFormFlowResult | null = null;
  #url: BuiltUrl = NO_URL;
  #lastError: WebFormKitError | null = null;
  // The latest summary the proxy sent for the followed id, should a later answer lack one.
  #summary: { id: string; summary: FlowSummary } | null = null;

  constructor(kit: FlowKit, options: WebFormFlowOptions<FlowKind>, mode?: 'flow');
  /** @internal {@link FlowEngine}'s return mode, whose `init` accepts the return URL. */
  constructor(kit: FlowKit, options: FlowEngineOptions, mode: FlowEngineMode);
  constructor(kit: FlowKit, options: FlowEngineOptions, mode: FlowEngineMode = 'flow') {
    this.kit = kit;
    this.options = options;
    this.mode = mode;
    // The flow's key names its kind and input (a bad input is a TypeError here, at once).
    this.storageKey =
      'kind' in options ? flowStorageKey(options) : (options.storageKey ?? DEFAULT_STORAGE_KEY);
    this.storage = createFlowStorage(kit.env, this.storageKey, kit.maxAgeMs);
    this.#status = new StatusObserver<WebFormAnswer | TaskAnswer, FlowOutcome>(
      kit,
      webFormSource,
      null,
    );
    // A stored flow is taken up at once, so the first render after a reload already shows where
    // it stands; what that transition reports and stores waits for the first subscriber. One
    // that had ended is not replayed from memory: the proxy is asked again (see init).
    const stored = mode === 'flow' ? this.storage.read() : null;
    const usable = stored !== null && stored.kind === this.#kind() && this.isFresh(stored);
    if (usable && stored.finishedAt !== undefined) {
      if (this.#autoStart()) this.#machine = { state: 'idle', recheck: true };
    } else if (usable) {
      const deferred: (() => void)[] = [];
      this.#deferred = deferred;
      this.#machine = transition(
        this.#machine,
        { type: 'resumed', record: stored, status: this.follow(stored) },
        {
          ...this.#context(),
          emit: (input) => deferred.push(() => this.emit(input)),
          store: (change) => deferred.push(() => this.#store(change)),
        },
      );
    }
  }

  /** Starts the engine with the first listener; returns the unsubscribe. */
  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    if (this.#listeners.size === 1) {
      const stopStatus = this.#status.subscribe(() => this.#onStatus());
      // Another tab received the return: ask the proxy now, even if this tab is hidden.
      const stopHearing = subscribeOutcomes(this.kit.env, ({ id }) => {
        const record = trackedOf(this.#machine)?.record;
        if (record?.id === id && this.#machine.state !== 'outcome') void this.#status.refetch();
      });
      this.#stop = () => {
        stopStatus();
        stopHearing();
      };
      if (!this.#initialised) {
        this.#initialised = true;
        this.init();
      }
    }
    return () => {
      if (this.#listeners.delete(listener) && this.#listeners.size === 0) this.#stop?.();
    };
  };

  /** The state machine's current state. */
  protected get machine(): FlowMachineState {
    return this.#machine;
  }

  /** Where the flow stands (`flow` mode), the same object until something changes. */
  getResult = (): WebFormFlowResult => (this.#flowResult ??= this.#buildFlowResult(this.#machine));

  /** What a server renders, and a client while hydrating: nothing is read before subscribing. */
  getServerResult = (): WebFormFlowResult =>
    (this.#serverResult ??= this.#buildFlowResult({ state: 'idle' }));

  /**
   * The latest options. Kind, input and storage key count once, when the engine is made: make a
   * new engine for another input (the React hooks do).
   */
  setOptions(options: FlowEngineOptions): void {
    const { key } = this.#url;
    this.options = options;
    if (this.#urlOf(trackedOf(this.#machine)).key !== key) this.publish();
  }

  start = (): void => {
    if (this.#machine.state === 'idle') this.#create({ type: 'start' });
  };

  open = (): void => {
    const { url } = this.getResult();
    if (trackedOf(this.#machine) === null || url === null) return;
    const openIn = this.#openIn();
    if (openIn === 'new-tab') {
      // No await before this line: popup blockers only allow window.open inside the user's click.
      // No `noopener` either: it makes window.open return null, hiding a blocked popup, and the
      // return route uses window.opener to offer closing its tab.
      if (this.kit.env.open(url) === null) return this.apply({ type: 'popup-blocked' });
    }
    this.apply({ type: 'opened' });
    if (openIn === 'same-tab') this.kit.env.assign(url);
  };

  openedThroughLink = (): void => this.apply({ type: 'opened-through-link' });

  restart = (): void => {
    const previous = trackedOf(this.#machine)?.record;
    // A form still pending would stay usable until it expires; end it like cancel() does.
    if (this.#isPending(previous)) void this.#delete(previous.id).catch(() => {});
    this.#create({ type: 'restart' });
  };

  cancel = async (): Promise<void> => {
    const previous = trackedOf(this.#machine)?.record;
    const pending = this.#isPending(previous);
    this.#generation += 1;
    forgetCreation(this.kit.queryClient, this.storageKey);
    this.apply({ type: 'cancel' });
    if (!pending) return;
    try {
      await this.#delete(previous.id);
    } catch (caught) {
      // The form stays usable until it expires; the user has left either way.
      const { resource, id } = previous;
      this.emit({ type: 'error', resource, id, error: summariseError(caught) });
    }
  };

  retry = (): void => {
    const record = trackedOf(this.#machine)?.record;
    if (record !== undefined) void this.#status.refetch();
    else if (this.#machine.state === 'error') this.#create({ type: 'start' });
  };

  dismiss = (): void => this.apply({ type: 'dismiss' });

  #kind(): FlowKind | undefined {
    return 'kind' in this.options ? this.options.kind : undefined;
  }

  #autoStart(): boolean {
    return ('autoStart' in this.options ? this.options.autoStart : undefined) ?? true;
  }

  #openIn(): OpenIn {
    return ('openIn' in this.options ? this.options.openIn : undefined) ?? 'same-tab';
  }

  protected isFresh(record: FlowRecord): boolean {
    return isFresh(record, this.kit.env.now(), this.kit.maxAgeMs);
  }

  // The flow's own web form, not known to be final (tasks cannot be deleted, and a flow followed
  // after a 409 belongs to whoever started it).
  #isPending(record: FlowRecord | undefined): record is FlowRecord {
    return (
      record?.resource === 'web-form' &&
      record.followed === undefined &&
      !this.#status.getResult().isFinal
    );
  }

  #delete(id: string): Promise<void> {
    return this.kit.client.deleteWebForm(id);
  }

  // Once per engine, at the first subscribe: StrictMode's second one and later option changes
  // start nothing.
  protected init(): void {
    for (const effect of this.#deferred ?? []) effect();
    this.#deferred = null;
    if (this.#machine.state !== 'idle' || !('kind' in this.options)) return;
    // A fresh stored flow was taken up by the constructor, and an ended one is asked about
    // again; one of this kind left is too old. (An ended one stays stored until the new one
    // replaces it: its return URL must still be recognised as a replay.)
    const stored = this.storage.read();
    if (stored !== null && stored.kind === this.#kind() && !this.isFresh(stored)) {
      this.storage.clear(stored);
    }
    if (this.#autoStart()) this.#create({ type: 'start' });
  }

  #create(event: FlowTransition & { type: 'start' | 'restart' }): void {
    const options = this.options;
    if (!('kind' in options)) return;
    const generation = ++this.#generation;
    if (event.type === 'restart') forgetCreation(this.kit.queryClient, this.storageKey);
    this.apply(event);
    createFlow(this.kit, options, this.storageKey).then(
      ({ record, fresh }) => {
        if (this.#generation === generation) {
          const type = record.followed === undefined ? 'created' : 'followed';
          this.apply({ type, record, fresh, status: this.follow(record) });
          return;
        }
        // Cancelled or restarted meanwhile: end what the creation produced after all (a
        // followed flow is not this tab's to end).
        this.storage.clear(record);
        if (record.resource === 'web-form' && record.followed === undefined) {
          void this.#delete(record.id).catch(() => {});
        }
      },
      (caught: unknown) => {
        if (this.#generation === generation) {
          this.apply({ type: 'create-failed', error: toKitError(caught) });
        }
      },
    );
  }

  #context() {
    return {
      mode: this.mode,
      now: this.kit.env.now(),
      emit: (input: WebFormKitEventInput) => this.emit(input),
      store: (change: StoreOp) => this.#store(change),
    };
  }

  protected apply(event: FlowTransition): void {
    this.#machine = transition(this.#machine, event, this.#context());
    // Nothing followed (cancelled, restarting): the status observer watches nothing either.
    if (trackedOf(this.#machine) === null) this.follow(null);
    this.publish();
  }

  /** The error the current result reports. */
  protected resultError(): WebFormKitError | null {
    return this.getResult().error;
  }

  #store(change: StoreOp): void {
    if (change.op === 'save') this.storage.save(change.record, change.crossTab);
    else if (change.op === 'clear') this.storage.clear(change.record);
    else this.storage.dismiss(change.record);
  }

  // A new result, and each error once (status errors, a refused URL, a failed creation).
  protected publish(): void {
    this.#flowResult = null;
    const error = this.resultError();
    const record = trackedOf(this.#machine)?.record;
    if (error !== this.#lastError && error !== null) {
      // Development builds say which setup mistake a "Connection problem" hides, once per cause.
      // Bundlers replace process.env.NODE_ENV, so production builds drop this; the try keeps a
      // page without a bundler (no `process`) silent rather than broken. Not `typeof process`:
      // Vite's dev server replaces process.env.NODE_ENV but defines no `process`.
      try {
        if (process.env.NODE_ENV !== 'production') {
          const allowedOrigins = 'kind' in this.options ? this.options.allowedOrigins : undefined;
          reportMisconfiguration(error, { baseUrl: this.kit.client.baseUrl, allowedOrigins });
        }
      } catch {
        // Explaining a mistake must never break the flow.
      }
      this.emit({
        type: 'error',
        resource: record?.resource,
        id: record?.id,
        error: summariseError(error),
      });
    }
    this.#lastError = error;
    for (const listener of [...this.#listeners]) listener();
  }

  /** Reports an event to the kit and to `onEvent`; returns it as reported. */
  protected emit(input: WebFormKitEventInput): WebFormKitEvent {
    const event = stampEvent(input, this.kit.env.now());
    this.kit.dispatch(event);
    callListener(this.options.onEvent, event);
    return event;
  }

  // Points the status observer at a record and reads what the cache knows of it.
  protected follow(record: FlowRecord | null): FlowStatus {
    this.#status.setOptions(
      record?.id,
      {},
      record?.resource === 'task' ? taskSource : webFormSource,
    );
    return this.#status.getResult();
  }

  #onStatus(): void {
    const flow = trackedOf(this.#machine);
    if (flow === null) return;
    this.apply({ type: 'status-changed', status: this.follow(flow.record) });
    if (this.#status.getResult().isExpired && !flow.expired) this.apply({ type: 'expired' });
  }

  // The URL to open: the web form's (or the one a task asks for) with the return parameters,
  // built again only when one of its parts changed, so a refused one is reported once.
  #urlOf(flow: TrackedFlow | null): BuiltUrl {
    const options = this.options;
    const { snapshot } = this.#status.getResult();
    const outcome = flow?.status.outcome;
    const formUrl =
      outcome?.kind === 'web-form-required'
        ? outcome.webForm.url
        : snapshot && 'url' in snapshot
          ? snapshot.url
          : undefined;
    // A followed flow's form was opened elsewhere: its one-time URL is not this tab's to open.
    if (
      flow === null ||
      formUrl === undefined ||
      !('kind' in options) ||
      flow.record.followed !== undefined
    ) {
      return (this.#url = NO_URL);
    }
    const { record } = flow;
    const { returnTo, allowedOrigins, customerSupportUrl } = options;
    const key = [record.state, formUrl, returnTo, allowedOrigins, customerSupportUrl].join('\n');
    if (key === this.#url.key) return this.#url;
    const target = record.resource === 'task' ? { taskId: record.id } : { webFormId: record.id };
    try {
      const url = buildWebFormUrl(formUrl, target, record.state, options, this.kit.env.href());
      this.#url = { key, url, error: null };
    } catch (error) {
      this.#url = { key, url: null, error: toKitError(error) };
    }
    return this.#url;
  }

  // What every result says of the followed snapshot: the snapshot, its summary (the latest the
  // proxy sent for this id) and finAPI's payment id, when its payload names one.
  protected snapshots(record: FlowRecord | null) {
    const { snapshot, expiresAt, push, provisional } = this.#status.getResult();
    const webForm = snapshot && 'url' in snapshot ? snapshot : undefined;
    const task = snapshot && !('url' in snapshot) ? snapshot : undefined;
    const id = record?.id;
    if (id !== undefined && snapshot?.id === id && snapshot.summary !== undefined) {
      this.#summary = { id, summary: snapshot.summary };
    }
    const summary =
      id !== undefined && this.#summary?.id === id ? this.#summary.summary : undefined;
    const paymentId = webForm?.id === id ? (webForm?.payload.paymentId ?? null) : null;
    return { webForm, task, expiresAt, push, provisional, summary, paymentId };
  }

  #buildFlowResult(machine: FlowMachineState): WebFormFlowResult {
    const flow = trackedOf(machine);
    const record = flow?.record ?? null;
    const kind = record?.kind ?? this.#kind() ?? 'bank-connection-import';
    const { url, error: urlError } = this.#urlOf(flow);
    const base = {
      ...this.snapshots(record),
      kind,
      resource: record?.resource ?? null,
      id: record?.id ?? null,
      url,
      openIn: this.#openIn(),
      popupBlocked: flow?.popupBlocked ?? false,
      start: this.start,
      open: this.open,
      openedThroughLink: this.openedThroughLink,
      restart: this.restart,
      cancel: this.cancel,
      retry: this.retry,
      dismiss: this.dismiss,
    };
    const outcome = flow?.status.outcome;
    const error = urlError ?? flow?.status.error ?? null;
    switch (machine.state) {
      case 'outcome': {
        const { outcome } = machine;
        return { ...base, state: 'outcome', screen: outcome.kind, outcome, error: null, url: null };
      }
      case 'error':
      case 'refused':
        return {
          ...base,
          state: 'error',
          screen: 'connection-error',
          outcome,
          error: machine.error,
        };
    }
    if (urlError !== null) {
      return { ...base, state: 'error', screen: 'connection-error', outcome, error: urlError };
    }
    const screen =
      'screen' in machine
        ? machine.screen
        : kind === 'background-update' || ('recheck' in machine && machine.recheck)
          ? 'checking'
          : 'redirect';
    return { ...base, state: machine.state, screen, outcome, error };
  }
}
