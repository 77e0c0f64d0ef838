import type { Scheduler } from './createScheduler.ts';
import type { ScenarioState } from './createScenarioState.ts';

/** Posts a finAPI callback body to a URL, as the scenario says: maybe late, twice, or never. */
export type CallbackSender = (url: string, body: object) => void;

// finAPI does not document how long it waits for a callback receiver; it ignores the answer.
const DELIVERY_TIMEOUT_MS = 10_000;

export function createCallbackSender(options: {
  scheduler: Scheduler;
  scenario: ScenarioState;
  now: () => number;
  fetch: typeof globalThis.fetch;
}): CallbackSender {
  const { scheduler, scenario, now } = options;

  async function post(url: string, json: string): Promise<void> {
    const controller = new AbortController();
    const timer = globalThis.setTimeout(() => controller.abort(), DELIVERY_TIMEOUT_MS);
    try {
      const response = await options.fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: json,
        signal: controller.signal,
        redirect: 'manual',
      });
      // finAPI ignores the receiver's answer; reading it frees the connection.
      await response.body?.cancel();
    } catch {
      // Unreachable receivers, timeouts and errors are ignored, as finAPI does.
    } finally {
      globalThis.clearTimeout(timer);
    }
  }

  return (url, body) => {
    if (scenario.take('callbackDropNext') || scenario.roll('callbackDropRate')) return;
    const { callbackDelayMs, callbackDuplicates } = scenario.current;
    // Serialised now: the body is what finAPI knew when the status changed.
    const json = JSON.stringify(body);
    const dueAt = now() + callbackDelayMs;
    for (let copy = 0; copy <= callbackDuplicates; copy++) {
      scheduler.at(dueAt, () => scheduler.track(post(url, json)));
    }
  };
}
