import * as z from 'zod/mini';
import type { WebFormErrorCode } from '../knownErrorCodes.ts';
import { satisfies } from './satisfies.ts';

export {
  KNOWN_WEB_FORM_ERROR_CODES,
  KNOWN_TASK_ERROR_CODES,
  isKnownWebFormErrorCode,
  type KnownWebFormErrorCode,
  type KnownTaskErrorCode,
  type WebFormErrorCode,
} from '../knownErrorCodes.ts';

/**
 * Tolerant: any code-shaped string passes, so a new finAPI code does not turn a finished web form
 * into an unreadable answer. The shape check keeps prose or markup out of a field the kit uses as a
 * lookup key.
 */
export const ErrorCodeSchema = z
  .string()
  .check(
    satisfies(
      (code) => /^[A-Z][A-Z0-9_]{0,99}$/.test(code),
      'must be an upper-case error code such as INTERNAL_ERROR',
    ),
  ) as z.ZodMiniType<WebFormErrorCode, string>;
