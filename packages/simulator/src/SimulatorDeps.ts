import type { FinapiState } from './createFinapiState.ts';
import type { Scheduler } from './createScheduler.ts';
import type { ScenarioState } from './createScenarioState.ts';
import type { TokenStore } from './createTokenStore.ts';
import type { UserStore } from './createUserStore.ts';

/** A finAPI Access client the token endpoint knows. */
export interface SimulatorClient {
  clientId: string;
  clientSecret: string;
}

/** A finAPI user the token endpoint knows. */
export interface SimulatorUser {
  username: string;
  password: string;
}

/** What the simulator's routes share. */
export interface SimulatorDeps {
  now: () => number;
  state: FinapiState;
  scenario: ScenarioState;
  scheduler: Scheduler;
  tokens: TokenStore;
  clients: readonly SimulatorClient[];
  /** finAPI users, their passwords and the simulator-only presentation of their pages. */
  users: UserStore;
  /** Wakes every request the scenario keeps hanging, so `close()` leaves none behind. */
  hanging: Set<() => void>;
}

/**
 * Hono's environment of the simulator's routes: the finAPI user a request acts for, as
 * `{clientId}/{username}` (`user`) and by its name alone (`username`).
 */
export interface SimulatorEnv {
  Variables: { user: string; username: string };
}
