import type { FlowRecord } from './FlowRecord.ts';

// Apart from FlowRecord's schema, so that a first screen can tell a resumable flow without zod.

/** How long a started flow may be resumed by default: a bit longer than a web form's 20 minutes. */
export const DEFAULT_MAX_AGE_MS = 30 * 60_000;

/** Whether a record is young enough to act on (a clock set back does not make it young). */
export function isFresh(
  record: Pick<FlowRecord, 'startedAt'>,
  now: number,
  maxAgeMs: number,
): boolean {
  const age = now - record.startedAt;
  return age >= -60_000 && age <= maxAgeMs;
}
