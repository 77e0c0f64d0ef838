import type { ResourceName, TaskOutcome, WebFormOutcome } from '@webform-kit/core';
import type { Snapshot } from '../EventBus.ts';

/** What `onOutcome` hears, once per web form or task the proxy created, when it is final. */
export interface OutcomeEvent {
  /** The app's reference from `prepare` (an order id), if it gave one. */
  reference: string | undefined;
  /** The proxy's kebab-case kind: `standalone-payment`, ..., `background-update`. */
  kind: string;
  /** `web-form` or `task` (core's `ResourceName`). */
  resource: ResourceName;
  /** The web form's or task's id: the key of at-least-once delivery. */
  id: string;
  /** Core's `outcomeOf` (web forms) or `taskOutcomeOf` (tasks) of the final snapshot. */
  outcome: WebFormOutcome | TaskOutcome;
  /** The final snapshot, as finAPI answered it and core validated it. */
  snapshot: Snapshot;
  /** The browser session that created it. */
  sessionId: string;
}

/**
 * The `onOutcome` option: the app's backend learning every outcome, also when no browser is left
 * to tell it. A throw (or a rejected promise) is retried with backoff.
 */
export type OutcomeHandler = (event: OutcomeEvent) => void | Promise<void>;
