import { fromBase64url, toBase64url } from './base64url.ts';

/** HMAC-SHA256 signatures under one secret; see {@link createSigner}. */
export interface Signer {
  /** The base64url HMAC-SHA256 of `data`. */
  sign(data: string): Promise<string>;
  /** Whether `signature` is `data`'s signature, compared in constant time. */
  verify(data: string, signature: string): Promise<boolean>;
}

const encoder = new TextEncoder();

function importKey(secret: string): Promise<CryptoKey> {
  return globalThis.crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign', 'verify'],
  );
}

/**
 * Signs and verifies with HMAC-SHA256 through Web Crypto, so it runs in Node, workers and edge
 * runtimes alike. `verify` leaves the comparison to `crypto.subtle.verify`, which compares in
 * constant time: a byte-by-byte `===` would let an attacker learn a valid signature by timing.
 * Callers separate purposes by prefixing `data` (`session:...`, `callback:...`), so a signature
 * made for one purpose never passes for another.
 *
 * Only `secret` signs; `previous` secrets (a rollover) still verify, so cookies and callback
 * URLs handed out before the change keep working until they expire.
 *
 * @example
 * const signer = createSigner(secret, [oldSecret]);
 * const signature = await signer.sign('session:abc');
 * await signer.verify('session:abc', signature); // true
 */
export function createSigner(secret: string, previous: readonly string[] = []): Signer {
  const key = importKey(secret);
  const keys = [key, ...previous.map(importKey)];
  return {
    async sign(data) {
      const signature = await globalThis.crypto.subtle.sign(
        'HMAC',
        await key,
        encoder.encode(data),
      );
      return toBase64url(new Uint8Array(signature));
    },
    async verify(data, signature) {
      const bytes = fromBase64url(signature);
      if (bytes === undefined || bytes.length !== 32) return false;
      for (const candidate of keys) {
        if (
          await globalThis.crypto.subtle.verify(
            'HMAC',
            await candidate,
            bytes,
            encoder.encode(data),
          )
        ) {
          return true;
        }
      }
      return false;
    },
  };
}
