import { parseFinapiTimestamp } from '@webform-kit/core';

/** A point in time given as a Date, epoch milliseconds or a finAPI/ISO timestamp. */
export type Instant = Date | number | string;

/** Epoch milliseconds of an {@link Instant}, or `NaN` when it is not one. */
export function toMillis(value: Instant): number {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'number') return value;
  const finapi = parseFinapiTimestamp(value);
  return Number.isNaN(finapi) ? Date.parse(value) : finapi;
}
