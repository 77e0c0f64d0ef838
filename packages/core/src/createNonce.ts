/**
 * An unguessable token (128 bits from the platform's CSPRNG, base64url), for the `state` that
 * ties a return URL to the tab that started the flow.
 */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const NONCE = /^[A-Za-z0-9_-]{16,128}$/;

/** Whether `value` has the shape of a nonce from {@link createNonce}. */
export function isNonce(value: unknown): value is string {
  return typeof value === 'string' && NONCE.test(value);
}
