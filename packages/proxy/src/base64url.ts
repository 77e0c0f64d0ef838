/** Bytes as unpadded base64url (RFC 4648 section 5), the alphabet safe in paths and cookies. */
export function toBase64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * The bytes of an unpadded base64url string, or `undefined` when it is not one in its canonical
 * form. The last character of a 43-character string carries two unused bits, so four spellings
 * decode to the same bytes; only the canonical one is accepted, so a signature has exactly one
 * valid spelling.
 */
export function fromBase64url(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return toBase64url(bytes) === text ? bytes : undefined;
}

/** `byteCount` bytes from the platform's CSPRNG, as base64url. */
export function randomToken(byteCount = 16): string {
  const bytes = new Uint8Array(byteCount);
  globalThis.crypto.getRandomValues(bytes);
  return toBase64url(bytes);
}
