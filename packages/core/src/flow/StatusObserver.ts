import { QueryObserver, replaceEqualDeep } from '@tanstack/query-core';
import type { QueryObserverResult } from '@tanstack/query-core';
import type { ProxyError } from '../proxyError.ts';
import { isResourceId } from '../schemas/resourceId.ts';
import type { WebFormStatus } from '../schemas/webFormStatus.ts';
import type { FlowKit } from './FlowKit.ts';
import { clampInterval } from './pollingPolicy.ts';
import { acquirePush, readPush, subscribePush } from './pushRegistry.ts';
import type { PushSnapshot, PushState } from './pushRegistry.ts';
import { statusQueryKey, statusQueryOptions } from './statusQuery.ts';
import type { StatusQueryKey, StatusSource } from './statusQuery.ts';

/** Options of a status watcher (`useWebFormStatus`, `useTaskStatus`). */
export interface StatusOptions {
  /** Set `false` to stop watching without unmounting. Default `true`. */
  enabled?: boolean | undefined;
  /** Poll interval without push; default the provider's (2 s). Never below 1 s. */
  intervalMs?: number | undefined;
  /** Use the proxy's event stream when available; default the provider's (`true`). */
  push?: boolean | undefined;
}

/** What status watchers report besides the snapshot itself. */
export interface StatusState {
  /** Nothing known yet: the first answer is on its way. */
  isLoading: boolean;
  /** The status is final and will not change; no more requests are made. */
  isFinal: boolean;
  /**
   * The snapshot is the status finAPI's callback announced, pushed before the proxy's read of
   * finAPI confirms it: its payload is the earlier one's (no payment id or error code yet), and
   * it is not `isFinal` even when its status is. The validated snapshot replaces it.
   */
  provisional: boolean;
  /**
   * The web form is past its `expiresAt` and still reported pending after one more request: its
   * URL no longer works, so it counts as expired. Polling has stopped.
   */
  isExpired: boolean;
  /**
   * The latest failure, until a good answer replaces it. `kind` is core's: `network`, `timeout`,
   * `http` (with `status`), `invalid-response` (a proxy answer or pushed event that failed
   * validation). While retryable failures are being retried (with backoff) it is already set.
   */
  error: ProxyError | null;
  /** The event stream's state (`off` when not pushing). */
  push: PushState;
  /** Asks the proxy now, cancelling a pending backoff. */
  refetch: () => Promise<void>;
}

/** What every snapshot has: a status, and a payload that may name the web form a task needs. */
export interface Snapshot {
  status: string;
  payload: { webForm?: { status: WebFormStatus } | null | undefined } | object;
}

export interface StatusResult<T extends Snapshot, O> extends StatusState {
  /**
   * The latest snapshot (polled or pushed), merged so it never moves back; a provisional one
   * while it is ahead of the validated one (see `provisional`).
   */
  snapshot: T | undefined;
  status: T['status'] | undefined;
  /** For a task waiting on a web form: that web form's status. */
  webFormStatus: WebFormStatus | undefined;
  /** The descriptor's outcome of the snapshot. */
  outcome: O | undefined;
  /** When the snapshot's web form stops working, in ms since the epoch. */
  expiresAt: number | undefined;
}

interface Resolved {
  id: string | null;
  enabled: boolean;
  intervalMs: number;
  push: boolean;
  /** The above as one string, to tell whether anything changed. */
  key: string;
}

const OFF: PushSnapshot = { state: 'off', error: null };

/**
 * Follows one web form or task through the proxy until it is final: push first (one shared
 * `EventSource` per id feeds the query cache, polling drops to a slow safety net), polling as
 * the fallback. Built on TanStack's `QueryObserver`, so every watcher of an id shares one query
 * and one request stream. Nothing starts before the first `subscribe`; an id that is not a
 * 36-character id watches nothing.
 *
 * @example
 * const status = new StatusObserver(kit, webFormSource, webFormId);
 * const stop = status.subscribe(() => console.log(status.getResult().outcome));
 */
export class StatusObserver<T extends Snapshot, O> {
  readonly #kit: FlowKit;
  #source: StatusSource<T, O>;
  readonly #query: QueryObserver<T, ProxyError, T, T, StatusQueryKey>;
  readonly #listeners = new Set<() => void>();
  #options: Resolved;
  #result: StatusResult<T, O> | undefined;
  #stop: (() => void) | null = null;
  #push: { id: string; release: () => void } | null = null;

  constructor(
    kit: FlowKit,
    source: StatusSource<T, O>,
    id: string | null | undefined,
    options: StatusOptions = {},
  ) {
    this.#kit = kit;
    this.#source = source;
    this.#options = this.#resolve(id, options);
    this.#query = new QueryObserver(kit.queryClient, this.#queryOptions(this.#options));
  }

  /** Starts watching with the first listener, stops with the last. */
  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    if (this.#listeners.size === 1) this.#connect();
    return () => {
      if (!this.#listeners.delete(listener) || this.#listeners.size > 0) return;
      this.#stop?.();
      this.#stop = null;
      this.#syncPush();
    };
  };

  getResult = (): StatusResult<T, O> =>
    this.#resultOf(this.#options, this.#query.getCurrentResult());

  /** New options; with `source`, the observer follows a resource of another kind. */
  setOptions(
    id: string | null | undefined,
    options?: StatusOptions,
    source: StatusSource<T, O> = this.#source,
  ): void {
    const resolved = this.#resolve(id, options, source);
    if (resolved.key === this.#options.key) return;
    const moved = resolved.id !== this.#options.id || source !== this.#source;
    const reconnect = moved && this.#stop !== null;
    this.#options = resolved;
    this.#source = source;
    this.#query.setOptions(this.#queryOptions(resolved));
    if (reconnect) {
      this.#stop?.();
      this.#connect();
    } else {
      this.#update();
    }
  }

  refetch = async (): Promise<void> => {
    const { enabled, id } = this.#options;
    if (!enabled || id === null) return;
    // Before a first answer TanStack's refetch() joins the retry loop and its backoff; "ask now"
    // means now, so that loop is cancelled first.
    await this.#kit.queryClient.cancelQueries({
      queryKey: statusQueryKey(this.#source.resource.name, id),
      exact: true,
    });
    await this.#query.refetch();
  };

  #resolve(
    id: string | null | undefined,
    options: StatusOptions = {},
    source = this.#source,
  ): Resolved {
    const kit = this.#kit;
    // Ids go into URL paths; anything but a 36-character id is treated as "nothing to watch".
    const valid = typeof id === 'string' && isResourceId(id) ? id : null;
    const enabled = valid !== null && (options.enabled ?? true);
    const intervalMs = clampInterval(options.intervalMs, kit.pollIntervalMs);
    const push = enabled && (options.push ?? kit.push);
    return {
      id: valid,
      enabled,
      intervalMs,
      push,
      key: `${source.resource.name} ${valid} ${enabled} ${intervalMs} ${push}`,
    };
  }

  #queryOptions({ id, enabled, intervalMs }: Resolved) {
    return statusQueryOptions(this.#kit, this.#source, { id: id ?? '', enabled, intervalMs });
  }

  #connect(): void {
    const { id } = this.#options;
    const update = () => this.#update();
    const stopQuery = this.#query.subscribe(update);
    const { queryClient } = this.#kit;
    const stopPush =
      id === null ? null : subscribePush(queryClient, this.#source.resource.name, id, update);
    this.#stop = () => {
      stopQuery();
      stopPush?.();
    };
    // Whatever changed between creating the observer and subscribing to it.
    update();
  }

  #update(): void {
    const previous = this.#result;
    const next = this.getResult();
    this.#syncPush();
    if (next !== previous) for (const listener of [...this.#listeners]) listener();
  }

  // One stream per id while someone watches a pending snapshot with push on.
  #syncPush(): void {
    const { id, push } = this.#options;
    const wanted = this.#listeners.size > 0 && push && this.#result?.isFinal !== true ? id : null;
    if (this.#push !== null && this.#push.id !== wanted) {
      this.#push.release();
      this.#push = null;
    }
    if (wanted === null || this.#push !== null) return;
    this.#push = { id: wanted, release: acquirePush(this.#kit, this.#source, wanted) };
  }

  #resultOf(
    { id, enabled }: Resolved,
    query: QueryObserverResult<T, ProxyError>,
  ): StatusResult<T, O> {
    const { resource } = this.#source;
    const push = id === null ? OFF : readPush(this.#kit.queryClient, resource.name, id);
    const validated = enabled ? query.data : undefined;
    const pushed = enabled ? (push.provisional as T | undefined) : undefined;
    // A provisional snapshot counts while it is strictly ahead of the validated one; a validated
    // one as far (or final) replaces it, whatever it says.
    const provisional =
      pushed !== undefined &&
      (validated === undefined ||
        (resource.merge(validated, pushed) === pushed &&
          resource.merge(pushed, validated) === pushed));
    const snapshot = provisional ? pushed : validated;
    const error = enabled ? (query.error ?? query.failureReason ?? push.error) : null;
    const isFinal = !provisional && snapshot !== undefined && resource.isFinal(snapshot);
    const expiresAt = snapshot === undefined ? undefined : resource.expiresAt(snapshot);
    const lastAnswerAt = Math.max(query.dataUpdatedAt, query.errorUpdatedAt);
    // The same object while nothing changed: TanStack's structural sharing keeps it.
    const payload = snapshot?.payload;
    this.#result = replaceEqualDeep(this.#result, {
      snapshot,
      status: snapshot?.status,
      webFormStatus: payload && 'webForm' in payload ? payload.webForm?.status : undefined,
      outcome: snapshot === undefined ? undefined : resource.outcome(snapshot),
      expiresAt,
      isLoading: enabled && snapshot === undefined && error === null,
      isFinal,
      provisional,
      isExpired: !isFinal && expiresAt !== undefined && lastAnswerAt >= expiresAt,
      error,
      push: push.state,
      refetch: this.refetch,
    });
    return this.#result;
  }
}
