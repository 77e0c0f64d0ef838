import * as z from 'zod/mini';

const ID_PATTERN = /^[A-Za-z0-9-]{36}$/;

/**
 * finAPI's web form and task ids: 36 characters (UUIDs in practice). Only letters, digits and
 * dashes are admitted because the kit puts ids into URL paths.
 */
export const ResourceIdSchema = z
  .string()
  .check(z.regex(ID_PATTERN, { error: 'must be a 36-character id of letters, digits and dashes' }));

/** Whether `value` has the shape of a finAPI web form or task id. */
export function isResourceId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}
