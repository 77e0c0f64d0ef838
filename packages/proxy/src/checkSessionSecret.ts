export const MIN_SESSION_SECRET_LENGTH = 32;
/** Fewer distinct characters than this is a pattern or a placeholder, not a random secret. */
export const MIN_SESSION_SECRET_DISTINCT_CHARACTERS = 16;

/**
 * Refuses a session secret too weak to sign with: shorter than 32 characters, or with fewer than
 * 16 distinct ones (`'x'.repeat(32)`, `'changeme'.repeat(4)`), with a `TypeError` that says how
 * to make a good one. 48 random bytes in base64 have about 40 distinct characters.
 *
 * @example
 * checkSessionSecret('sessionSecret', process.env.SESSION_SECRET); // throws unless it is strong
 */
export function checkSessionSecret(name: string, secret: unknown): void {
  const how = 'make one with `openssl rand -base64 48`; it signs session cookies and callback URLs';
  if (typeof secret !== 'string' || secret.length < MIN_SESSION_SECRET_LENGTH) {
    throw new TypeError(
      `createWebFormProxy: ${name} must be a string of at least ${MIN_SESSION_SECRET_LENGTH} characters (${how})`,
    );
  }
  if (new Set(secret).size < MIN_SESSION_SECRET_DISTINCT_CHARACTERS) {
    throw new TypeError(
      `createWebFormProxy: ${name} must have at least ${MIN_SESSION_SECRET_DISTINCT_CHARACTERS} distinct characters, so it cannot be a pattern or a placeholder (${how})`,
    );
  }
}
