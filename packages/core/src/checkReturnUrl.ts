import { MAX_URL_LENGTH, UNSAFE_CHARS } from './isAbsoluteHttpUrl.ts';
import { ReturnUrlError, type ReturnParamName } from './returnUrlError.ts';

// A lone surrogate cannot be percent-encoded: encodeURIComponent would throw a URIError later.
function isWellFormed(value: string): boolean {
  try {
    encodeURIComponent(value);
    return true;
  } catch {
    return false;
  }
}

/** Normalises allowed origins (`https://Shop.example:443/` -> `https://shop.example`). */
export function normaliseOrigins(origins: readonly string[]): Set<string> {
  const result = new Set<string>();
  for (const origin of origins) {
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      throw new TypeError(`allowedOrigins: ${JSON.stringify(origin)} is not an origin`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new TypeError(`allowedOrigins: ${JSON.stringify(origin)} is not an http(s) origin`);
    }
    result.add(url.origin);
  }
  return result;
}

/**
 * Checks a URL the web form may send the user to, and returns it parsed. Throws a
 * {@link ReturnUrlError} naming `param` when it is not an absolute http(s) URL of at most 2048
 * characters, carries credentials, or (with `allowedOrigins`) points at another origin.
 * Origins are compared exactly after parsing, so `https://shop.example.evil.test` and
 * `https://shop.example@evil.test` do not pass for `https://shop.example`.
 */
export function checkReturnUrl(
  param: ReturnParamName | 'webFormUrl' | 'returnTo',
  value: unknown,
  allowedOrigins?: ReadonlySet<string>,
): URL {
  if (typeof value !== 'string' || value === '') {
    throw new ReturnUrlError(param, 'malformed', 'must be a non-empty string');
  }
  if (value.length > MAX_URL_LENGTH) {
    throw new ReturnUrlError(
      param,
      'too-long',
      `is ${value.length} characters; at most ${MAX_URL_LENGTH}`,
    );
  }
  if (UNSAFE_CHARS.test(value)) {
    throw new ReturnUrlError(
      param,
      'malformed',
      'contains whitespace, control characters or a backslash',
    );
  }
  if (!isWellFormed(value)) {
    throw new ReturnUrlError(param, 'malformed', 'contains a lone UTF-16 surrogate');
  }
  if (value.startsWith('//')) {
    throw new ReturnUrlError(
      param,
      'not-absolute',
      'protocol-relative URLs are refused; give https://...',
    );
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    throw new ReturnUrlError(
      param,
      'not-absolute',
      'must be an absolute URL such as https://shop.example/return',
    );
  }
  if (scheme !== 'https' && scheme !== 'http') {
    throw new ReturnUrlError(
      param,
      'unsupported-scheme',
      `the ${scheme}: scheme is refused; only http(s)`,
    );
  }
  if (!/^https?:\/\/[^/?#]/i.test(value)) {
    throw new ReturnUrlError(param, 'not-absolute', 'must be written as http(s)://host/...');
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ReturnUrlError(param, 'malformed', 'is not a valid URL');
  }
  if (url.username !== '' || url.password !== '') {
    throw new ReturnUrlError(param, 'credentials', 'must not carry user name or password');
  }
  if (allowedOrigins !== undefined && !allowedOrigins.has(url.origin)) {
    throw new ReturnUrlError(
      param,
      'origin-not-allowed',
      `origin ${url.origin} is not in allowedOrigins`,
    );
  }
  return url;
}
