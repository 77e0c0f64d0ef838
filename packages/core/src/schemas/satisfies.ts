import type * as z from 'zod/mini';

/**
 * A check for `.check()` that fails with `message` when `test` says no: what `z.refine` and
 * `z.regex` do, as a plain function. zod runs a plain function as it is, while each of its check
 * kinds is a class of its own in every browser bundle that validates an answer.
 *
 * @example
 * z.string().check(satisfies((s) => /^[A-Z]{3}$/.test(s), 'must be an ISO 4217 code'))
 */
export function satisfies<T>(test: (value: T) => boolean, message: string): z.core.CheckFn<T> {
  return (payload) => {
    // `continue`: the schema's further checks still run and report, as after a failed refine.
    if (!test(payload.value))
      payload.issues.push({ code: 'custom', message, input: payload.value, continue: true });
  };
}
