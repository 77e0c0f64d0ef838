import type { Snapshot } from '../EventBus.ts';
import type { ProxyResource } from '../resources/ProxyResource.ts';
import type { ReadGate } from '../snapshots/ReadGate.ts';
import type { SnapshotWatcher } from '../snapshots/SnapshotWatcher.ts';
import type { TokenSource } from '../snapshots/TokenSource.ts';

/** The keep-alive comment's period: under the 30-60 s idle timeouts of common proxies. */
export const KEEP_ALIVE_MS = 15_000;

const encoder = new TextEncoder();
const KEEP_ALIVE = encoder.encode(': keep-alive\n\n');

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
}

/**
 * A Server-Sent Events response for one web form or task, as the kit's contract has it: the
 * current snapshot at once, each change as an unnamed `data:` message, a `: keep-alive` comment
 * every 15 s, and the end of the stream right after a final snapshot.
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
  let keepAlive: ReturnType<typeof setInterval> | undefined;
  let unwatch = () => {};

  const finish = (closeStream: boolean) => {
    if (closed) return;
    closed = true;
    if (keepAlive !== undefined) clearInterval(keepAlive);
    unwatch();
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

  const send = (snapshot: Snapshot) => {
    if (closed) return;
    const json = JSON.stringify(snapshot);
    if (json === sentJson) return;
    sentJson = json;
    try {
      controller.enqueue(encoder.encode(`data: ${json}\n\n`));
    } catch {
      finish(false);
      return;
    }
    if (resource.isFinal(snapshot)) finish(true);
  };

  unwatch = watcher.watch(resource, id, options.pollSource, (event) => {
    if (event.type === 'end') finish(true);
    else send(event.snapshot);
  });

  let current: Snapshot;
  try {
    current = await gate.read(resource, id, options.source);
  } catch (error) {
    finish(true);
    throw error;
  }
  // A newer snapshot may have arrived from the bus during the read; it was sent, and this older
  // one must not follow it.
  if (sentJson === undefined) send(current);

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
