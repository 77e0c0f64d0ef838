import { isResourceId, WEB_FORM_KINDS } from '@webform-kit/core';
import type { Handler } from 'hono';
import { errorResponseOf } from '../jsonError.ts';
import { WebFormProxyError } from '../WebFormProxyError.ts';
import { methodNotAllowed } from './methodNotAllowed.ts';

/** `404 UNKNOWN_KIND` for a segment that names no kind of web form. */
export function unknownKindError(segment: string): WebFormProxyError {
  return new WebFormProxyError(
    404,
    'UNKNOWN_KIND',
    `No kind of web form is called ${JSON.stringify(segment.slice(0, 64))}; use one of ${WEB_FORM_KINDS.join(', ')}`,
  );
}

const onWebFormPath = methodNotAllowed(['GET', 'DELETE']);

/**
 * `POST /webforms/{segment}` where the segment is no kind: an id-shaped segment is a web form's
 * path, which serves `GET` and `DELETE` (405); anything else was meant as a kind that does not
 * exist (404 `UNKNOWN_KIND`, naming the kinds there are). Neither calls finAPI.
 */
export const unknownKind: Handler = (c, next) => {
  const segment = c.req.param('segment') ?? '';
  if (isResourceId(segment)) return onWebFormPath(c, next);
  return errorResponseOf(unknownKindError(segment));
};
