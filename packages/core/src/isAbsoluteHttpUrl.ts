/** The longest URL the kit sends a browser to, as finAPI's spec allows for web form URLs. */
export const MAX_URL_LENGTH = 2048;

// Control characters and whitespace are refused outright: URL parsers silently strip some of them
// (`java\nscript:`), which is how look-alike URLs slip past naive checks.
// eslint-disable-next-line no-control-regex
export const UNSAFE_CHARS = /[\u0000-\u0020\u007f-\u009f\\]/;

/**
 * Whether `value` is an absolute `http:` or `https:` URL with a host, written out in full
 * (`https://host/...`), with no credentials, whitespace or backslashes in it.
 */
export function isAbsoluteHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > MAX_URL_LENGTH) return false;
  if (!/^https?:\/\/[^/?#]/i.test(value) || UNSAFE_CHARS.test(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (
    (url.protocol === 'https:' || url.protocol === 'http:') &&
    url.hostname !== '' &&
    url.username === '' &&
    url.password === ''
  );
}
