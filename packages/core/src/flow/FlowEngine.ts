import { parseReturn, stripReturnParams } from '../parseReturn.ts';
import type { FlowKit } from './FlowKit.ts';
import { createFlowStorage, listTabFlows } from './flowStorage.ts';
import { postOutcome } from './outcomeChannel.ts';
import type { TabFlow } from './flowStorage.ts';
import { trackedOf } from './flowTransition.ts';
import type { FlowMachineState } from './flowTransition.ts';
import type { FlowKind, WebFormKitError } from './flowTypes.ts';
import { ReturnFlowError } from './ReturnFlowError.ts';
import type { ReturnFlowErrorReason } from './ReturnFlowError.ts';
import type { ReturnFlowOptions, ReturnFlowResult } from './ReturnFlowResult.ts';
import { WebFormFlowEngine } from './WebFormFlowEngine.ts';
import type { FlowEngineMode, FlowEngineOptions } from './WebFormFlowEngine.ts';
import type { WebFormKitEvent, WebFormKitEventInput } from './webFormKitEvent.ts';
import type { WebFormFlowOptions } from './WebFormFlowResult.ts';

/**
 * Both sides of the round trip: in `flow` mode (the default) a {@link WebFormFlowEngine}, which
 * creates the web form (or background task), sends the user there and follows its status; in
 * `return` mode it accepts the return URL instead (the app's return route, `useReturnFlow`):
 * reads it with `parseReturn`, checks its `state` nonce against the flow stored in this browser,
 * removes the parameters from the address bar and follows the flow until the proxy's final
 * outcome is known. The return route's state machine is the flow's, so a stored flow is taken
 * up, reported and stored the same way on both sides.
 *
 * @example
 * const flow = new FlowEngine(kit, { kind: 'standalone-payment', input: { orderId: '1042' }, returnTo });
 * // On the return route:
 * const back = new FlowEngine(kit, {}, 'return');
 * const stop = back.subscribe(() => console.log(back.getReturnResult().state));
 */
export class FlowEngine extends WebFormFlowEngine {
  #returnResult: ReturnFlowResult | null = null;
  #serverReturnResult: ReturnFlowResult | null = null;

  constructor(kit: FlowKit, options: WebFormFlowOptions<FlowKind>, mode?: 'flow');
  constructor(kit: FlowKit, options: ReturnFlowOptions, mode: 'return');
  constructor(kit: FlowKit, options: FlowEngineOptions, mode: FlowEngineMode = 'flow') {
    super(kit, options, mode);
  }

  /** Where the return stands (`return` mode), the same object until something changes. */
  getReturnResult = (): ReturnFlowResult =>
    (this.#returnResult ??= this.#buildReturnResult(this.machine));

  getServerReturnResult = (): ReturnFlowResult =>
    (this.#serverReturnResult ??= this.#buildReturnResult({ state: 'idle' }));

  closeTab = (): void => this.kit.env.close();

  protected override init(): void {
    if (this.mode === 'return') this.#acceptReturn();
    else super.init();
  }

  protected override publish(): void {
    this.#returnResult = null;
    super.publish();
  }

  protected override resultError(): WebFormKitError | null {
    return this.mode === 'return' ? this.getReturnResult().error : super.resultError();
  }

  protected override emit(input: WebFormKitEventInput): WebFormKitEvent {
    const event = super.emit(input);
    // The tab that received the return tells the others, which may be waiting for it.
    if (event.type === 'outcome' && this.mode === 'return') {
      postOutcome(this.kit.env, { type: 'outcome', id: event.id, outcome: event.outcome });
    }
    return event;
  }

  #acceptReturn(): void {
    const { env } = this.kit;
    const href = env.href();
    const refuse = (reason: ReturnFlowErrorReason, message: string) =>
      this.apply({ type: 'return-refused', error: new ReturnFlowError(reason, message) });
    const strip = () => {
      try {
        env.replaceState(stripReturnParams(href));
      } catch {
        // A sandboxed frame may refuse; the parameters are checked against storage either way.
      }
    };

    const parsed = parseReturn(href);
    if (!parsed.ok) {
      if (parsed.error.code === 'not-a-return') {
        // A reload after the parameters were removed: carry on with the return this tab
        // accepted last (checking again, or showing its outcome again).
        const own = this.#tabFlows()
          .filter(({ record }) => record.returnedAt !== undefined && this.isFresh(record))
          .sort((a, b) => (b.record.returnedAt ?? 0) - (a.record.returnedAt ?? 0))[0];
        if (own !== undefined) {
          this.#useKey(own.key);
          const { record } = own;
          return this.apply({ type: 'resumed', record, status: this.follow(record) });
        }
      } else {
        strip();
      }
      return refuse(parsed.error.code, parsed.error.message);
    }

    strip();
    const { resource, id, state, via } = parsed.value;
    // This tab's flows first (under whichever input they were stored), then the other tabs'.
    const mine = this.#tabFlows().find((flow) => flow.record.state === state);
    const record = mine?.record ?? this.storage.findByState(state);
    if (record === null) return refuse('unknown-state', 'no flow in this browser has this state');
    this.#useKey(mine?.key ?? record.key ?? this.storageKey);
    if (record.id !== id || record.resource !== resource) {
      return refuse('id-mismatch', 'the URL names another web form or task');
    }
    if (!this.isFresh(record)) return refuse('too-old', 'the stored flow is too old');
    if (record.finishedAt !== undefined) return refuse('finished', 'the stored flow has ended');
    this.apply({ type: 'returned', record, via, status: this.follow(record) });
  }

  // The return route's candidates: the given `storageKey`'s flow, else every flow of this tab.
  #tabFlows(): TabFlow[] {
    if (this.options.storageKey === undefined) return listTabFlows(this.kit.env);
    const record = this.storage.read();
    return record === null ? [] : [{ key: this.storageKey, record }];
  }

  // The return route stores what it learns where the flow was stored.
  #useKey(key: string): void {
    if (key === this.storageKey) return;
    this.storageKey = key;
    this.storage = createFlowStorage(this.kit.env, key, this.kit.maxAgeMs);
  }

  #buildReturnResult(machine: FlowMachineState): ReturnFlowResult {
    const flow = trackedOf(machine);
    const record = flow?.record ?? null;
    const base = {
      ...this.snapshots(record),
      resource: record?.resource ?? null,
      id: record?.id ?? null,
      via: record?.via ?? null,
      canCloseTab: record !== null && (this.kit.env.hasOpener() || record.openIn === 'new-tab'),
      closeTab: this.closeTab,
      retry: this.retry,
      dismiss: this.dismiss,
    };
    switch (machine.state) {
      case 'refused':
        return { ...base, state: 'error', screen: null, outcome: undefined, error: machine.error };
      case 'outcome': {
        const { outcome } = machine;
        return { ...base, state: 'outcome', screen: outcome.kind, outcome, error: null };
      }
    }
    const error = flow?.status.error ?? null;
    const screen = error === null ? 'checking' : 'connection-error';
    return { ...base, state: 'checking', screen, outcome: flow?.status.outcome, error };
  }
}
