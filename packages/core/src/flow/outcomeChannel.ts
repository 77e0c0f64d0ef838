import { isFinalOutcome } from '../outcome.ts';
import { isResourceId } from '../schemas/resourceId.ts';
import type { FlowEnvironment } from './FlowEnvironment.ts';
import type { FinalFlowOutcome } from './flowTypes.ts';

/** The `BroadcastChannel` the kit's tabs talk on. */
export const CHANNEL_NAME = 'webform-kit';

/** What the tab that received the return tells the others. */
export interface OutcomeMessage {
  type: 'outcome';
  id: string;
  outcome: FinalFlowOutcome;
}

/** Whether a message from another tab has the shape of an {@link OutcomeMessage}. */
export function isOutcomeMessage(value: unknown): value is OutcomeMessage {
  if (value === null || typeof value !== 'object') return false;
  const m = value as Record<string, unknown>;
  if (m.type !== 'outcome' || !isResourceId(m.id)) return false;
  const outcome = m.outcome as Record<string, unknown> | null;
  return (
    outcome !== null &&
    typeof outcome === 'object' &&
    typeof outcome.kind === 'string' &&
    isFinalOutcome({ kind: outcome.kind })
  );
}

function openChannel(env: FlowEnvironment): BroadcastChannel | null {
  const Channel = env.BroadcastChannel();
  if (Channel === undefined) return null;
  try {
    return new Channel(CHANNEL_NAME);
  } catch {
    return null;
  }
}

/** Tells the kit's other tabs that a flow ended. A no-op without `BroadcastChannel`. */
export function postOutcome(env: FlowEnvironment, message: OutcomeMessage): void {
  const channel = openChannel(env);
  if (channel === null) return;
  try {
    channel.postMessage(message);
  } catch {
    // An uncloneable message or a closed channel: the other tab still learns by polling.
  } finally {
    channel.close();
  }
}

/** Listens for valid outcome messages from the kit's other tabs; returns the unsubscribe. */
export function subscribeOutcomes(
  env: FlowEnvironment,
  listener: (message: OutcomeMessage) => void,
): () => void {
  const channel = openChannel(env);
  if (channel === null) return () => {};
  channel.onmessage = (event: MessageEvent) => {
    if (isOutcomeMessage(event.data)) listener(event.data);
  };
  return () => channel.close();
}
