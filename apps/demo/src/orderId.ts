// Crockford's alphabet: no I, L, O or U to misread.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** An order id as the start page makes them and `/start/{kind}?order=ID` carries them. */
export const ORDER_ID = /^[A-Z0-9]{6,16}$/;

/**
 * A fresh, unguessable order id: 8 characters, 40 bits. The start page makes one per payment card
 * and visit, the server one for a visitor naming someone else's order (Web Crypto: both sides).
 */
export function newOrderId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return [...bytes].map((byte) => ALPHABET[byte % 32]).join('');
}
