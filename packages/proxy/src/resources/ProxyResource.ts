import type { ResourceDescriptor, TaskOutcome, WebFormOutcome } from '@webform-kit/core';
import type { Snapshot } from '../EventBus.ts';

/**
 * A web form or a task as the proxy follows it: core's descriptor (schema, `isFinal`, `merge`,
 * `expiresAt`, `outcome`, and the one spelling of its `name`) plus only what is the proxy's own,
 * so routes, reads, polling and streams share one code path for both.
 */
export interface ProxyResource<T extends Snapshot = Snapshot> extends ResourceDescriptor<
  T,
  WebFormOutcome | TaskOutcome
> {
  /** finAPI's path for one, e.g. `/api/webForms/{id}`. */
  finapiPath(id: string): string;
  /** Its event bus topic: `webform:{id}`, `task:{id}` (the contract `EventBus` documents). */
  topic(id: string): string;
  /** Its segment in the proxy's routes (DESIGN.md): `webforms`, `tasks`. */
  readonly segment: string;
}
