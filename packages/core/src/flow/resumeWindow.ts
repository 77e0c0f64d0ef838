import type { FlowRecord } from './FlowRecord.ts';

// Apart from FlowRecord's schema, so that a first screen can tell a resumable flow without zod.

/** How long a started flow may be resumed by default: a bit longer than a web form's 20 minutes. */
export const DEFAULT_MAX_AGE_MS = 30 * 60_000;

/**
 * The resume window a kit's `maxAgeMs` option gives: the option when it is a positive number,
 * else the default.
 *
 * @example
 * maxAgeOf(undefined) // 1_800_000
 */
export function maxAgeOf(maxAgeMs: number | undefined): number {
  return maxAgeMs !== undefined && maxAgeMs > 0 ? maxAgeMs : DEFAULT_MAX_AGE_MS;
}

/** Whether a record is young enough to act on (a clock set back does not make it young). */
export function isFresh(
  record: Pick<FlowRecord, 'startedAt'>,
  now: number,
  maxAgeMs: number,
): boolean {
  const age = now - record.startedAt;
  return age >= -60_000 && age <= maxAgeMs;
}
