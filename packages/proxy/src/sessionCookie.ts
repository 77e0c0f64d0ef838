import { randomToken } from './base64url.ts';
import type { Signer } from './createSigner.ts';

/** The browser session a request belongs to. */
export interface Session {
  /** 128 random bits, base64url: the key that owns web forms and tasks. */
  readonly id: string;
  /** Whether this request started the session (its response must set the cookie). */
  readonly isNew: boolean;
  /** When the session started, in ms since the epoch (whole seconds). */
  readonly issuedAt: number;
}

export interface SessionCookie {
  readonly name: string;
  /** Whether the cookie is `Secure`. */
  readonly secure: boolean;
  /** The request's session, or a fresh one when it has no valid, unexpired cookie. */
  read(request: Request): Promise<Session>;
  /** The `Set-Cookie` header value for a session. */
  serialise(session: Session): Promise<string>;
}

export interface SessionCookieOptions {
  /** `Secure` and the `__Host-` prefix. */
  secure: boolean;
  /** How long a session lasts from its start; checked here, and the cookie's `Max-Age`. */
  maxAgeMs: number;
  now: () => number;
}

const SESSION_ID = /^[A-Za-z0-9_-]{22}$/;
const ISSUED_AT = /^[0-9a-z]{1,11}$/;
// Instances' clocks differ a little; a session "issued" further ahead than this is refused.
const CLOCK_SKEW_MS = 5 * 60 * 1000;

function cookieValue(header: string | null, name: string): string | undefined {
  if (header === null) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq !== -1 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/**
 * The signed session cookie: `<id>.<issued at>.<HMAC-SHA256 of "session:<id>.<issued at>">`,
 * the issue time in seconds, base 36. Signed rather than encrypted because the id is not a
 * secret from its own browser; the signature only stops a browser from choosing someone else's
 * id or moving its start. The server refuses a session older than `maxAgeMs` whatever the
 * browser keeps, so a copied cookie stops working a day after it was issued. HttpOnly keeps it
 * from scripts, SameSite=Lax from cross-site POSTs, and when `Secure` the `__Host-` prefix pins
 * it to this host and `Path=/`. Cookies of the earlier `<id>.<HMAC>` format are refused.
 */
export function createSessionCookie(signer: Signer, options: SessionCookieOptions): SessionCookie {
  const { secure, maxAgeMs, now } = options;
  const name = secure ? '__Host-webform_kit_session' : 'webform_kit_session';
  const signed = (id: string, issued: string) => `session:${id}.${issued}`;
  return {
    name,
    secure,
    async read(request) {
      const parts = cookieValue(request.headers.get('cookie'), name)?.split('.') ?? [];
      if (parts.length === 3) {
        const [id = '', issued = '', signature = ''] = parts;
        const issuedAt = parseInt(issued, 36) * 1000;
        const at = now();
        if (
          SESSION_ID.test(id) &&
          ISSUED_AT.test(issued) &&
          at - issuedAt < maxAgeMs &&
          issuedAt <= at + CLOCK_SKEW_MS &&
          (await signer.verify(signed(id, issued), signature))
        ) {
          return { id, isNew: false, issuedAt };
        }
      }
      return { id: randomToken(16), isNew: true, issuedAt: Math.floor(now() / 1000) * 1000 };
    },
    async serialise(session) {
      const issued = (session.issuedAt / 1000).toString(36);
      const signature = await signer.sign(signed(session.id, issued));
      const attributes = [
        'Path=/',
        'HttpOnly',
        'SameSite=Lax',
        `Max-Age=${Math.floor(maxAgeMs / 1000)}`,
      ];
      if (secure) attributes.push('Secure');
      return [`${name}=${session.id}.${issued}.${signature}`, ...attributes].join('; ');
    },
  };
}
