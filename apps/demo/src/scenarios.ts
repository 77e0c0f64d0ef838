import type { Scenario, TaskMode } from './settings.ts';

/**
 * What each scenario switch sets on the simulator (see packages/simulator/README.md); the
 * switches' words are in the demo's messages (`scenarios`, `taskModes`).
 */
export const SCENARIO_PATCHES: Record<Scenario, Record<string, unknown>> = {
  normal: { callbackDelayMs: 0, callbackDropRate: 0, latencyMs: 0, ttlMs: 20 * 60_000 },
  'callback-delayed': {
    callbackDelayMs: 8000,
    callbackDropRate: 0,
    latencyMs: 0,
    ttlMs: 20 * 60_000,
  },
  'callback-dropped': { callbackDelayMs: 0, callbackDropRate: 1, latencyMs: 0, ttlMs: 20 * 60_000 },
  'slow-proxy': { callbackDelayMs: 0, callbackDropRate: 0, latencyMs: 1500, ttlMs: 20 * 60_000 },
  'short-expiry': { callbackDelayMs: 0, callbackDropRate: 0, latencyMs: 0, ttlMs: 30_000 },
};

export const SCENARIOS = Object.keys(SCENARIO_PATCHES) as Scenario[];
export const TASK_MODES: readonly TaskMode[] = ['web-form-required', 'complete', 'fail'];

/** Why the simulator refused a scenario: its HTTP status. */
export class ScenarioRefused extends Error {
  constructor(readonly status: number) {
    super(`the simulator refused the scenario (${status})`);
  }
}

/** Sets the simulator's scenario through the app server's `/__simulator` forward. */
export async function applyScenario(scenario: Scenario, taskMode: TaskMode): Promise<void> {
  const response = await fetch('/__simulator/scenario', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...SCENARIO_PATCHES[scenario], taskMode }),
  });
  if (!response.ok) throw new ScenarioRefused(response.status);
}
