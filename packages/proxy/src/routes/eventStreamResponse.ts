import type { FlowSummary } from '@webform-kit/core';
import type { Snapshot } from '../EventBus.ts';
import { withSummary } from '../flows/withSummary.ts';
import type { ProxyResource } from '../resources/ProxyResource.ts';
import type { ReadGate } from '../snapshots/ReadGate.ts';
import type { SnapshotWatcher } from '../snapshots/SnapshotWatcher.ts';
import type { TokenSource } from '../snapshots/TokenSource.ts';

/** The keep-alive comment's period: under the 30-60 s idle timeouts of common proxies. */
export const KEEP_ALIVE_MS = 15_000;

const encoder = new TextEncoder();
const KEEP_ALIVE = encoder.encode(': keep-alive\n\n');

/**
 * The `retry:` a stream sends when its instance shuts down, before it ends: the browser's
 * EventSource reconnects after this long (through the balancer, to another instance), sooner than
 * its default of about 3 s.
 */
export const SHUTDOWN_RETRY_MS = 1000;
const SHUTDOWN_RETRY = encoder.encode(`retry: ${SHUTDOWN_RETRY_MS}\n\n`);

export interface EventStreamOptions {
  /** Where the first snapshot is read. */
  gate: ReadGate;
  /** What tells the stream of every change after it. */
  watcher: SnapshotWatcher;
  resource: ProxyResource;
  id: string;
  /** The browser's token source, for the first read. */
  source: TokenSource;
  /** The token source the shared poller uses if this stream starts it. */
  pollSource: TokenSource;
  /** Ends the stream when the client goes away. */
  signal: AbortSignal;
  /** What the app's `prepare` said the flow is for, sent with every message. */
  summary?: FlowSummary | undefined;
  /** Whether finAPI calls back about the resource (then the poller behind the stream is slow). */
  callbacks?: boolean | undefined;
  /** When the stream ends at the latest, given the first snapshot (its expiry plus a grace). */
  deadlineOf?: ((snapshot: Snapshot) => number) | undefined;
  now?: (() => number) | undefined;
  /** Hears the end of the stream (or of the attempt to open it), once. */
  onEnd?: (() => void) | undefined;
}

/**
 * The `id:` of a message: a short digest of its JSON (FNV-1a, 32 bits), the same for the same
 * snapshot on every instance, so a browser's `Last-Event-ID` names what it last saw wherever it
 * reconnects. The stream always starts with the current snapshot, so a reconnect gets the latest
 * at once; the id lets the app's own tooling (and logs) tell messages apart.
 */
export function eventIdOf(json: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) {
    hash ^= json.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

// setTimeout's longest delay; deadlines are far shorter, but a clock far off must not overflow it.
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * A Server-Sent Events response for one web form or task, as the kit's contract has it: the
 * current snapshot at once (also on a reconnect with `Last-Event-ID`), each change as an unnamed
 * `data:` message with an `id:` ({@link eventIdOf}; finAPI's object plus the flow's `summary`,
 * if any), a `: keep-alive` comment every 15 s, and the end of the stream right
 * after a final snapshot, or at the resource's deadline (its expiry plus a grace) at the latest.
 * A verified callback's status comes first as a provisional message (the same object with the
 * callback's status and `provisional: true`, its payload still the earlier one's); the stream
 * stays open until the validated snapshot of the proxy's finAPI read follows it.
 *
 * The stream starts watching before it reads the current state, so a change published while
 * that read is under way is not lost. The first read's failure throws (answered as a JSON error,
 * not a stream), because nothing has been sent yet.
 */
export async function eventStreamResponse(options: EventStreamOptions): Promise<Response> {
  const { gate, watcher, resource, id, signal } = options;
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const stream = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
    },
    cancel() {
      finish(false);
    },
  });

  let closed = false;
  let sentJson: string | undefined;
  // The provisional snapshot sent last, if no validated one has followed it yet.
  let provisional: Snapshot | undefined;
  let keepAlive: ReturnType<typeof setInterval> | undefined;
  let deadline: ReturnType<typeof setTimeout> | undefined;
  let unwatch = () => {};

  const finish = (closeStream: boolean) => {
    if (closed) return;
    closed = true;
    if (keepAlive !== undefined) clearInterval(keepAlive);
    if (deadline !== undefined) clearTimeout(deadline);
    unwatch();
    options.onEnd?.();
    signal.removeEventListener('abort', onAbort);
    if (closeStream) {
      try {
        controller.close();
      } catch {
        // Already closed or errored by the consumer.
      }
    }
  };
  const onAbort = () => finish(true);

  const enqueue = (json: string): boolean => {
    try {
      controller.enqueue(encoder.encode(`id: ${eventIdOf(json)}\ndata: ${json}\n\n`));
      return true;
    } catch {
      finish(false);
      return false;
    }
  };

  const send = (snapshot: Snapshot) => {
    if (closed) return;
    const json = JSON.stringify(withSummary(snapshot, options.summary));
    if (json === sentJson) return;
    sentJson = json;
    provisional = undefined;
    if (enqueue(json) && resource.isFinal(snapshot)) finish(true);
  };

  // A callback's status ahead of the read confirming it: sent with `provisional: true`, and the
  // stream stays open for the validated snapshot, whatever the status.
  const sendProvisional = (snapshot: Snapshot) => {
    if (closed) return;
    provisional = snapshot;
    enqueue(JSON.stringify({ ...withSummary(snapshot, options.summary), provisional: true }));
  };

  unwatch = watcher.watch(
    resource,
    id,
    options.pollSource,
    (event) => {
      if (event.type === 'snapshot') {
        if (event.provisional === true) sendProvisional(event.snapshot);
        else send(event.snapshot);
      } else {
        if (event.shutdown === true && !closed) {
          try {
            controller.enqueue(SHUTDOWN_RETRY);
          } catch {
            // The consumer is gone already.
          }
        }
        finish(true);
      }
    },
    { callbacks: options.callbacks ?? false },
  );

  const reading = gate.read(resource, id, options.source);
  // A newer snapshot may have arrived from the bus during the read; it was sent, and this older
  // one must not follow it. Nor one behind the provisional snapshot sent meanwhile.
  const sendRead = (read: Snapshot) => {
    const behind = provisional !== undefined && resource.merge(read, provisional) !== read;
    if (sentJson === undefined && !behind) send(read);
  };
  let current: Snapshot;
  if (provisional === undefined) {
    try {
      current = await reading;
    } catch (error) {
      finish(true);
      throw error;
    }
    sendRead(current);
  } else {
    // A callback's status went out already (a reconnect while the read confirming it waits out
    // finAPI's spacing): the stream answers now, and the read follows on it.
    current = provisional;
    reading.then(sendRead, () => finish(true));
  }

  if (!closed && options.deadlineOf !== undefined) {
    const now = options.now ?? Date.now;
    const left = options.deadlineOf(current) - now();
    if (left <= 0) finish(true);
    else deadline = setTimeout(() => finish(true), Math.min(left, MAX_TIMER_MS));
  }
  if (!closed) {
    if (signal.aborted) finish(true);
    else {
      signal.addEventListener('abort', onAbort, { once: true });
      keepAlive = setInterval(() => {
        try {
          controller.enqueue(KEEP_ALIVE);
        } catch {
          finish(false);
        }
      }, KEEP_ALIVE_MS);
    }
  }

  return new Response(stream, {
    status: 200,
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      // nginx buffers responses unless told otherwise, which would hold events back.
      'x-accel-buffering': 'no',
    },
  });
}
