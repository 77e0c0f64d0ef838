import type { Scenario, TaskMode } from './settings.ts';

/** What each scenario switch sets on the simulator (see packages/simulator/README.md). */
export const SCENARIOS: Record<
  Scenario,
  { label: string; description: string; patch: Record<string, unknown> }
> = {
  normal: {
    label: 'finAPI behaves',
    description: 'Callbacks arrive at once; forms live 20 minutes.',
    patch: { callbackDelayMs: 0, callbackDropRate: 0, latencyMs: 0, ttlMs: 20 * 60_000 },
  },
  'callback-delayed': {
    label: 'Callback delayed',
    description: 'finAPI calls back 8 seconds late; the proxy’s own polling may be first.',
    patch: { callbackDelayMs: 8000, callbackDropRate: 0, latencyMs: 0, ttlMs: 20 * 60_000 },
  },
  'callback-dropped': {
    label: 'Callback lost',
    description: 'No callback ever arrives; the proxy’s polling must deliver the outcome.',
    patch: { callbackDelayMs: 0, callbackDropRate: 1, latencyMs: 0, ttlMs: 20 * 60_000 },
  },
  'slow-proxy': {
    label: 'Slow finAPI',
    description: 'Every finAPI answer takes 1.5 seconds.',
    patch: { callbackDelayMs: 0, callbackDropRate: 0, latencyMs: 1500, ttlMs: 20 * 60_000 },
  },
  'short-expiry': {
    label: 'Short expiry',
    description: 'New forms expire after 30 seconds, to show the expired screen.',
    patch: { callbackDelayMs: 0, callbackDropRate: 0, latencyMs: 0, ttlMs: 30_000 },
  },
};

export const TASK_MODES: Record<TaskMode, string> = {
  'web-form-required': 'Bank asks for the customer',
  complete: 'Completes in the background',
  fail: 'Fails in the background',
};

/** Sets the simulator's scenario through the app server's `/__simulator` forward. */
export async function applyScenario(scenario: Scenario, taskMode: TaskMode): Promise<void> {
  const response = await fetch('/__simulator/scenario', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...SCENARIOS[scenario].patch, taskMode }),
  });
  if (!response.ok) throw new Error(`the simulator refused the scenario (${response.status})`);
}
