/**
 * The shape of finAPI's web form and task ids: 36 characters (UUIDs in practice). Only letters,
 * digits and dashes are admitted because the kit puts ids into URL paths.
 */
export const RESOURCE_ID_PATTERN = /^[A-Za-z0-9-]{36}$/;

/**
 * Whether `value` has the shape of a finAPI web form or task id. Free of zod, like the other
 * helpers outside `schemas/`, so an app that only checks an id does not load the validator.
 *
 * @example
 * isResourceId('2b3c9f0e-5d1a-4c8e-9f7b-1a2b3c4d5e6f') // true
 */
export function isResourceId(value: unknown): value is string {
  return typeof value === 'string' && RESOURCE_ID_PATTERN.test(value);
}
