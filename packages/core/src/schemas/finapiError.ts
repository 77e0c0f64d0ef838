import * as z from 'zod/mini';
import type { FinapiErrorCode } from '../finapiErrorCodes.ts';
import { lengthWithin } from './lengthWithin.ts';

export { FINAPI_ERROR_CODES, type FinapiErrorCode } from '../finapiErrorCodes.ts';

/** finAPI's `Error`, the body of its 401, 403, 404, 422, 423 and 500 answers. */
export const FinapiErrorSchema = z.object({
  code: z.string() as z.ZodMiniType<FinapiErrorCode, string>,
  description: z.string(),
  // Required by the spec but not needed by the kit: tolerated when missing.
  timestamp: z.optional(z.string()),
  endpoint: z.optional(z.string()),
});
export type FinapiError = z.infer<typeof FinapiErrorSchema>;

/** finAPI's `InvalidFieldError`. */
export const InvalidFieldErrorSchema = z.object({ field: z.string(), message: z.string() });

/** finAPI's `ValidationError`, the body of its 400 answers. */
export const ValidationErrorSchema = z.object({
  errors: z.array(InvalidFieldErrorSchema).check(lengthWithin(1, Infinity)),
  timestamp: z.optional(z.string()),
  endpoint: z.optional(z.string()),
});
export type ValidationError = z.infer<typeof ValidationErrorSchema>;
