import type * as z from 'zod/mini';
import type { TaskOutcome, WebFormOutcome } from '../outcome.ts';

/**
 * The two things a flow follows: a web form, or a background update task. One spelling
 * everywhere (hooks, events, the proxy): `web-form` and `task`.
 */
export type ResourceName = 'web-form' | 'task';

/**
 * What differs between web forms and tasks, in one place, so the hooks and the proxy share one
 * code path for both: how a snapshot is validated, when it is final, how an older and a newer
 * one combine, when its URL stops working and what it means for the user.
 *
 * @example
 * function describe<T>(resource: ResourceDescriptor<T>, snapshot: T) {
 *   return resource.isFinal(snapshot) ? resource.outcome(snapshot).kind : 'pending';
 * }
 */
export interface ResourceDescriptor<T = unknown, O = WebFormOutcome | TaskOutcome> {
  readonly name: ResourceName;
  /** For messages: `web form`, `task`. */
  readonly what: string;
  /** finAPI's object, as core validates it. */
  readonly schema: z.ZodMiniType<T>;
  /** Whether the snapshot will never change again. */
  isFinal(snapshot: T): boolean;
  /** Core's merge: an older or out-of-order snapshot never moves a newer one backwards. */
  merge(older: T | undefined, newer: T): T;
  /** When the snapshot's web form stops working, in ms since the epoch; tasks carry none. */
  expiresAt(snapshot: T): number | undefined;
  /** Where the snapshot stands, as the screens and the app's backend need it. */
  outcome(snapshot: T): O;
}
