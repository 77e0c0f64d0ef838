import * as z from 'zod/mini';
import { isResourceId } from '../isResourceId.ts';
import { satisfies } from './satisfies.ts';

export { isResourceId } from '../isResourceId.ts';

/**
 * finAPI's web form and task ids: 36 characters (UUIDs in practice). Only letters, digits and
 * dashes are admitted because the kit puts ids into URL paths.
 */
export const ResourceIdSchema = z
  .string()
  .check(satisfies(isResourceId, 'must be a 36-character id of letters, digits and dashes'));
