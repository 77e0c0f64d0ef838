import type * as z from 'zod/mini';

/**
 * zod's `z.minLength(min)` and `z.maxLength(max)` on a string, as one plain check function (see
 * `satisfies` for why). It reports the issues zod's checks report, so `formatIssues` words them
 * the same ("must have at most 140 characters"), and counts as they count: in code points, so an
 * emoji is one character. Like theirs, its issues let the schema's further checks run.
 *
 * @example
 * z.string().check(lengthWithin(1, 140))
 */
export function lengthWithin(min: number, max: number): z.core.CheckFn<string> {
  return (payload) => {
    const text = payload.value;
    const length = [...text].length;
    if (length < min)
      payload.issues.push({
        code: 'too_small',
        origin: 'string',
        minimum: min,
        inclusive: true,
        input: text,
        continue: true,
      });
    if (length > max)
      payload.issues.push({
        code: 'too_big',
        origin: 'string',
        maximum: max,
        inclusive: true,
        input: text,
        continue: true,
      });
  };
}
