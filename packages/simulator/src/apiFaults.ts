import type { MiddlewareHandler } from 'hono';
import { errorContextOf } from './errorContextOf.ts';
import { finapiErrorResponse } from './finapiErrorResponse.ts';
import type { SimulatorDeps } from './SimulatorDeps.ts';

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = globalThis.setTimeout(done, ms);
    function done() {
      globalThis.clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

/**
 * The scenario's faults for the Web Form API: latency, requests that never answer, and 500s.
 * They come before authentication, as an outage does.
 */
export function apiFaults(deps: SimulatorDeps): MiddlewareHandler {
  return async (c, next) => {
    const signal = c.req.raw.signal;
    const { latencyMs } = deps.scenario.current;
    if (latencyMs > 0) await wait(latencyMs, signal);

    if (deps.scenario.take('hangNext')) {
      // Hang like a server that accepted the connection and went silent: only the client giving
      // up (its signal) or closing the simulator ends the wait.
      await new Promise<void>((resolve) => {
        const wake = () => {
          deps.hanging.delete(wake);
          signal.removeEventListener('abort', wake);
          resolve();
        };
        deps.hanging.add(wake);
        signal.addEventListener('abort', wake, { once: true });
      });
      return finapiErrorResponse(
        errorContextOf(c, deps.now),
        500,
        'INTERNAL_SERVER_ERROR',
        'The request was abandoned while the simulator kept it hanging',
      );
    }

    if (deps.scenario.take('failNext') || deps.scenario.roll('failRate')) {
      return finapiErrorResponse(
        errorContextOf(c, deps.now),
        500,
        'INTERNAL_SERVER_ERROR',
        'Simulated unexpected server error',
      );
    }
    await next();
  };
}
