import * as z from 'zod/mini';

/**
 * A schema that admits exactly `values`, booleans included, through zod's enum (which every
 * answer's statuses need anyway): its literal and boolean schemas would each add a class of
 * their own to every browser bundle, for a field or two. A failure reads as an enum's does:
 * "expected one of true".
 *
 * @example
 * z.object({ provisional: z.optional(oneOf(true)) })
 */
export function oneOf<const T extends readonly (string | number | boolean)[]>(
  ...values: T
): z.ZodMiniType<T[number]> {
  // zod's enum takes an object's values; keys that are not numbers keep it from dropping numeric
  // values as a TypeScript enum's reverse mapping.
  const entries = Object.fromEntries(values.map((value) => [`_${String(value)}`, value]));
  return z.enum(entries as unknown as Record<string, string>) as unknown as z.ZodMiniType<
    T[number]
  >;
}
