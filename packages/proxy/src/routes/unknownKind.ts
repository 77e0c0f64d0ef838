import { isResourceId } from '@webform-kit/core';
import type { Handler } from 'hono';
import { errorResponseOf } from '../jsonError.ts';
import { unknownKindError } from '../resources/creations.ts';
import { methodNotAllowed } from './methodNotAllowed.ts';

const onWebFormPath = methodNotAllowed(['GET', 'DELETE']);

/**
 * `POST /webforms/{segment}` where the segment is no kind: an id-shaped segment is a web form's
 * path, which serves `GET` and `DELETE` (405); anything else was meant as a kind that does not
 * exist (404 `UNKNOWN_KIND`, naming the kinds there are). Neither calls finAPI.
 */
export const unknownKind: Handler = (c, next) => {
  const segment = c.req.param('segment') ?? '';
  if (isResourceId(segment)) return onWebFormPath(c, next);
  return errorResponseOf(unknownKindError());
};
