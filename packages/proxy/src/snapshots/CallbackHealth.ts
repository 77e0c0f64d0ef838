import type { Snapshot } from '../EventBus.ts';
import type { ProxyStore } from '../ProxyStore.ts';
import { markCallbackHeard, wasCallbackHeard } from '../records/callbackRecords.ts';
import type { ProxyResource } from '../resources/ProxyResource.ts';

/**
 * How long after a poll found a change a callback announces (a final status; for a task also
 * `WEB_FORM_REQUIRED`) its callback may still arrive: finAPI sends it moments after the change,
 * and a poll can land in between.
 */
export const CALLBACK_GRACE_MS = 10_000;

export interface CallbackHealthOptions {
  store: ProxyStore;
  /** Hears every change of {@link CallbackHealth.lost}. */
  onChange(lost: boolean): void;
  graceMs?: number;
}

/** The changes finAPI's callbacks announce: `finalised`, and a task's `webFormRequired`. */
function stageOf(resource: ProxyResource, snapshot: Snapshot | undefined): string | undefined {
  if (snapshot === undefined) return undefined;
  if (resource.isFinal(snapshot)) return 'final';
  return snapshot.status === 'WEB_FORM_REQUIRED' ? 'web-form-required' : undefined;
}

/**
 * Whether finAPI's callbacks look lost, for this instance's pollers. Registered callbacks are
 * trusted until a poll finds a change a callback should have announced and no callback for it
 * arrives (on any instance: the store keeps a marker per callback) within {@link CALLBACK_GRACE_MS}.
 * Then the callbacks look lost, and streams are polled at `pollIntervalMs` rather than
 * `unattendedPollMs`, until a callback is heard again or a later change turns out announced.
 *
 * @example
 * const health = new CallbackHealth({ store, onChange: () => watcher.reschedule() });
 * await health.heard(WEB_FORM, id); // a verified callback
 * health.polled(WEB_FORM, before, after); // what a poll found
 */
export class CallbackHealth {
  readonly #options: CallbackHealthOptions;
  readonly #checks = new Set<ReturnType<typeof setTimeout>>();
  #lost = false;

  constructor(options: CallbackHealthOptions) {
    this.#options = options;
  }

  /** Whether callbacks look lost right now. */
  get lost(): boolean {
    return this.#lost;
  }

  /** A verified callback about a web form or task arrived here. */
  async heard(resource: ProxyResource, id: string): Promise<void> {
    this.#set(false);
    await markCallbackHeard(this.#options.store, resource.name, id);
  }

  /**
   * A poll (not a callback's read) read `after` where the proxy knew `before`. If that is a change
   * a callback announces, checks after the grace whether a callback for it arrived anywhere.
   */
  polled(resource: ProxyResource, before: Snapshot | undefined, after: Snapshot): void {
    const stage = stageOf(resource, after);
    if (stage === undefined || stage === stageOf(resource, before)) return;
    const timer = setTimeout(() => {
      this.#checks.delete(timer);
      void wasCallbackHeard(this.#options.store, resource.name, after.id).then(
        (heard) => this.#set(!heard),
        () => undefined,
      );
    }, this.#options.graceMs ?? CALLBACK_GRACE_MS);
    (timer as { unref?: () => void }).unref?.();
    this.#checks.add(timer);
  }

  close(): void {
    for (const timer of this.#checks) clearTimeout(timer);
    this.#checks.clear();
  }

  #set(lost: boolean): void {
    if (lost === this.#lost) return;
    this.#lost = lost;
    this.#options.onChange(lost);
  }
}
