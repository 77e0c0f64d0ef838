/**
 * The test side of the demo started by globalSetup.ts: its URLs, the simulator's scenario, the
 * proxy's life (through the global setup's control server) and what the proxy reported.
 */
import { inject } from 'vitest';

export interface DemoEndpoints {
  /** The app, e.g. http://localhost:41234. */
  appUrl: string;
  proxyUrl: string;
  simulatorUrl: string;
  /** The global setup's control server (loopback). */
  controlUrl: string;
}

/** What the proxy reported while the demo ran (see globalSetup.ts), oldest first. */
export type ProxyLogEntry =
  | { type: 'finapi-request'; method: string; path: string; status: number | string }
  | { type: 'callback'; resource: string; id: string | undefined; accepted: boolean };

export function demoEndpoints(): DemoEndpoints {
  return inject('demo');
}

async function call(url: string, init?: RequestInit): Promise<unknown> {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${init?.method ?? 'GET'} ${url}: ${response.status}`);
  const text = await response.text();
  return text === '' ? null : (JSON.parse(text) as unknown);
}

/** The simulator's scenario as it stands. */
export async function readScenario(): Promise<Record<string, unknown>> {
  return (await call(`${demoEndpoints().simulatorUrl}/__simulator/scenario`)) as Record<
    string,
    unknown
  >;
}

let remembered: Record<string, unknown> | null = null;

/**
 * Notes the simulator's scenario (run it in beforeEach), for restoreScenario. The scenario is
 * global state: only tests that run one at a time may change it.
 */
export async function rememberScenario(): Promise<void> {
  remembered = await readScenario();
}

/**
 * Changes knobs of the simulator's scenario. The demo page applies its own scenario setting
 * whenever it loads, so call this after the page has loaded (see `openStartPage`).
 */
export async function setScenario(patch: Record<string, unknown>): Promise<void> {
  await call(`${demoEndpoints().simulatorUrl}/__simulator/scenario`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(patch),
  });
}

/**
 * Puts the scenario back as rememberScenario found it (run it in afterEach): whatever the test
 * changed, directly or through the demo's settings.
 */
export async function restoreScenario(): Promise<void> {
  if (remembered === null) return;
  const scenario = remembered;
  remembered = null;
  await setScenario(scenario);
}

/** Takes the proxy away: its port refuses connections, the app and the simulator stay up. */
export async function stopProxy(): Promise<void> {
  await call(`${demoEndpoints().controlUrl}/proxy/stop`, { method: 'POST' });
}

/** Brings the proxy back on its port, with the same sessions, web forms and callback URLs. */
export async function restartProxy(): Promise<void> {
  await call(`${demoEndpoints().controlUrl}/proxy/restart`, { method: 'POST' });
}

/** Everything the proxy reported since the demo started, oldest first. */
export async function proxyLog(): Promise<ProxyLogEntry[]> {
  return (await call(`${demoEndpoints().controlUrl}/proxy-log`)) as ProxyLogEntry[];
}

/** The finAPI requests in a stretch of the proxy's log. */
export function finapiRequestsIn(
  entries: readonly ProxyLogEntry[],
): Extract<ProxyLogEntry, { type: 'finapi-request' }>[] {
  return entries.filter(
    (entry): entry is Extract<ProxyLogEntry, { type: 'finapi-request' }> =>
      entry.type === 'finapi-request',
  );
}
