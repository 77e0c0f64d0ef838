import * as z from 'zod/mini';
import { isAbsoluteHttpUrl } from '../isAbsoluteHttpUrl.ts';
import { satisfies } from './satisfies.ts';

export { MAX_URL_LENGTH, isAbsoluteHttpUrl } from '../isAbsoluteHttpUrl.ts';

/** A URL the kit may send a browser to: absolute `https:` or `http:`, at most 2048 characters. */
export const HttpUrlSchema = z
  .string()
  .check(
    satisfies(
      isAbsoluteHttpUrl,
      'must be an absolute http(s) URL without credentials, at most 2048 characters',
    ),
  );
