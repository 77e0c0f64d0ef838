import type * as z from 'zod/mini';

/**
 * A number above 0 and at most `max` (and, with `integer`, a whole number), as one plain check
 * function for `z.number()` in place of zod's `z.positive()`, `z.lte(max)` and `z.int()` (see
 * `satisfies` for why). It reports the issues those checks report, so `formatIssues` words them
 * the same: "expected int", "must be greater than 0", "must be at most 1000000000000".
 *
 * @example
 * z.number().check(positiveUpTo(Number.MAX_SAFE_INTEGER, true)) // what z.int().check(z.positive()) admits
 */
export function positiveUpTo(max: number, integer = false): z.core.CheckFn<number> {
  return (payload) => {
    const n = payload.value;
    // Without `continue`, as zod's int check: a fraction needs no further words.
    if (integer && !Number.isInteger(n))
      payload.issues.push({ code: 'invalid_type', expected: 'int', input: n });
    else if (n > max)
      payload.issues.push({
        code: 'too_big',
        origin: 'number',
        maximum: max,
        inclusive: true,
        input: n,
        continue: true,
      });
    else if (n <= 0)
      payload.issues.push({
        code: 'too_small',
        origin: 'number',
        minimum: 0,
        inclusive: false,
        input: n,
        continue: true,
      });
  };
}
