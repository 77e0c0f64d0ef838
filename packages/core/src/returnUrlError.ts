/** The URL parameters finAPI's web form reads for the return trip. */
export const RETURN_PARAM_NAMES = [
  'redirectUrl',
  'errorRedirectUrl',
  'abortRedirectUrl',
  'customerSupportUrl',
] as const;
export type ReturnParamName = (typeof RETURN_PARAM_NAMES)[number];

/**
 * Why a URL was refused:
 * - `not-absolute`: relative (`/return`) or protocol-relative (`//host/return`);
 * - `unsupported-scheme`: anything but `http:`/`https:` (`javascript:`, `data:` ...);
 * - `malformed`: not a URL, or one with whitespace, control characters or backslashes;
 * - `credentials`: carries `user:password@` (a classic look-alike trick);
 * - `origin-not-allowed`: its origin is not one of `allowedOrigins`;
 * - `too-long`: the URL, or the web form URL with it appended, exceeds 2048 characters.
 */
export type ReturnUrlErrorCode =
  | 'not-absolute'
  | 'unsupported-scheme'
  | 'malformed'
  | 'credentials'
  | 'origin-not-allowed'
  | 'too-long';

/** A refused return URL, naming the parameter it was given for. */
export class ReturnUrlError extends Error {
  override readonly name = 'ReturnUrlError';
  constructor(
    /** The parameter (or `webFormUrl` for the web form's own URL). */
    readonly param: ReturnParamName | 'webFormUrl' | 'returnTo',
    readonly code: ReturnUrlErrorCode,
    detail: string,
  ) {
    super(`${param}: ${detail}`);
  }
}
