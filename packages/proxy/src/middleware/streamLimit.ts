import { createMiddleware } from 'hono/factory';
import { WebFormProxyError } from '../WebFormProxyError.ts';

/** How long a client refused a stream is told to wait; the kit polls meanwhile. */
const RETRY_AFTER_S = 10;

/** Hands a stream's slot back once, whichever way the stream ends. */
function releasedOnEnd(
  body: ReadableStream<Uint8Array>,
  release: () => void,
): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const { done, value } = await reader.read();
          if (done) {
            release();
            controller.close();
          } else controller.enqueue(value);
        } catch (error) {
          release();
          controller.error(error);
        }
      },
      cancel(reason) {
        release();
        return reader.cancel(reason);
      },
    },
    // Read only when the client reads, so the slot follows the connection.
    { highWaterMark: 0 },
  );
}

/**
 * The global cap on open event streams: each holds a connection, and so a file descriptor, for
 * as long as it lasts. Past `max` open streams (all sessions together), a stream request is
 * answered `503 STREAM_LIMIT_REACHED` with `Retry-After`, so the descriptors left serve every
 * other request and new connections are answered rather than reset. One instance serves every
 * stream route; a slot is held from the check until the stream ends (final status, the client
 * leaving, the proxy closing) and given back at once when the route answers an error instead.
 *
 * @example
 * const streams = streamLimit(10_000);
 * app.get('/webforms/:id/events', ...guards, streams, stream);
 * app.get('/tasks/:id/events', ...guards, streams, stream);
 */
export function streamLimit(max: number) {
  let open = 0;
  return createMiddleware(async (c, next) => {
    if (open >= max) {
      throw new WebFormProxyError(
        503,
        'STREAM_LIMIT_REACHED',
        'The proxy has as many event streams open as it can; poll for now, or try again later',
        { 'retry-after': String(RETRY_AFTER_S) },
      );
    }
    open++;
    let held = true;
    const release = () => {
      if (held) open--;
      held = false;
    };
    try {
      await next();
    } catch (error) {
      release();
      throw error;
    }
    const body = c.res.body;
    if (body === null || !c.res.headers.get('content-type')?.startsWith('text/event-stream')) {
      release();
    } else {
      c.res = new Response(releasedOnEnd(body, release), c.res);
    }
  });
}
