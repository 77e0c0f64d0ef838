import { idsOfAnswer, type DemoEventLog } from './createDemoEventLog.ts';

/**
 * The `fetch` the demo gives the proxy for its finAPI calls: it notes, by the request's
 * `X-Request-Id`, which web form or task finAPI's answer is about, so the demo's log can show a
 * create request in its flow even though its path names no id.
 */
export function observeFinapiRequests(
  log: DemoEventLog,
  doFetch: typeof globalThis.fetch = globalThis.fetch,
): typeof globalThis.fetch {
  return async (input, init) => {
    const response = await doFetch(input, init);
    const requestId = new Headers(init?.headers).get('x-request-id');
    if (requestId !== null) {
      let ids: string[] = [];
      if (response.ok && /json/.test(response.headers.get('content-type') ?? '')) {
        try {
          ids = idsOfAnswer(await response.clone().json());
        } catch {
          // Not JSON after all (the simulator's malformed answers): the proxy reports that.
        }
      }
      log.note(requestId, ids);
    }
    return response;
  };
}
