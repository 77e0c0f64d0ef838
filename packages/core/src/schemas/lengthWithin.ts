import type * as z from 'zod/mini';

/**
 * zod's `z.minLength(min)` and `z.maxLength(max)` on a string or an array, as one plain check
 * function (see `satisfies` for why). It reports the issues zod's checks report, so
 * `formatIssues` words them the same ("must have at most 140 characters", "must have at least 1
 * item"), and counts as they count: a string in code points, so an emoji is one character. Like
 * theirs, its issues let the schema's further checks run.
 *
 * @example
 * z.string().check(lengthWithin(1, 140))
 */
export function lengthWithin(
  min: number,
  max: number,
): z.core.CheckFn<string | readonly unknown[]> {
  return (payload) => {
    const value = payload.value;
    const text = typeof value === 'string';
    const origin = text ? 'string' : 'array';
    const length = text ? [...value].length : value.length;
    if (length < min)
      payload.issues.push({
        code: 'too_small',
        origin,
        minimum: min,
        inclusive: true,
        input: value,
        continue: true,
      });
    if (length > max)
      payload.issues.push({
        code: 'too_big',
        origin,
        maximum: max,
        inclusive: true,
        input: value,
        continue: true,
      });
  };
}
