import type { FlowSummary } from '@webform-kit/core';
import type { Snapshot } from '../EventBus.ts';

/**
 * A web form or task as the proxy answers it: finAPI's object, plus a top-level `summary` when
 * the app's `prepare` gave one. finAPI sends no `summary` (core's schemas drop any such field),
 * so the one here is always the app's, never the browser's own input.
 *
 * @example
 * jsonResponse(withSummary(webForm, flow.summary)) // {"id":…,"status":…,"summary":{"amount":…}}
 */
export function withSummary(
  snapshot: Snapshot,
  summary: FlowSummary | undefined,
): Snapshot | (Snapshot & { summary: FlowSummary }) {
  return summary === undefined ? snapshot : { ...snapshot, summary };
}
