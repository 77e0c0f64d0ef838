import { randomToken } from './base64url.ts';
import type { Signer } from './createSigner.ts';

/** The browser session a request belongs to. */
export interface Session {
  /** 128 random bits, base64url: the key that owns web forms and tasks. */
  readonly id: string;
  /** Whether this request started the session (its response must set the cookie). */
  readonly isNew: boolean;
}

export interface SessionCookie {
  readonly name: string;
  /** The request's session, or a fresh one when it has no cookie or a tampered one. */
  read(request: Request): Promise<Session>;
  /** The `Set-Cookie` header value for a session. */
  serialise(session: Session): Promise<string>;
}

const SESSION_ID = /^[A-Za-z0-9_-]{22}$/;
/** A day: longer than any web form (20 minutes) or a return trip through a bank's pages. */
export const SESSION_MAX_AGE_S = 24 * 60 * 60;

function cookieValue(header: string | null, name: string): string | undefined {
  if (header === null) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq !== -1 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/**
 * The signed session cookie: `<id>.<HMAC-SHA256 of "session:<id>">`. Signed rather than
 * encrypted because the id is not a secret from its own browser; the signature only stops a
 * browser from choosing someone else's id. HttpOnly keeps it from scripts, SameSite=Lax from
 * cross-site POSTs, and on https the `__Host-` prefix pins it to this host and `Path=/`.
 */
export function createSessionCookie(signer: Signer, secure: boolean): SessionCookie {
  const name = secure ? '__Host-webform_kit_session' : 'webform_kit_session';
  return {
    name,
    async read(request) {
      const value = cookieValue(request.headers.get('cookie'), name);
      const dot = value?.indexOf('.') ?? -1;
      if (value !== undefined && dot !== -1) {
        const id = value.slice(0, dot);
        if (SESSION_ID.test(id) && (await signer.verify(`session:${id}`, value.slice(dot + 1)))) {
          return { id, isNew: false };
        }
      }
      return { id: randomToken(16), isNew: true };
    },
    async serialise(session) {
      const signature = await signer.sign(`session:${session.id}`);
      const attributes = ['Path=/', 'HttpOnly', 'SameSite=Lax', `Max-Age=${SESSION_MAX_AGE_S}`];
      if (secure) attributes.push('Secure');
      return [`${name}=${session.id}.${signature}`, ...attributes].join('; ');
    },
  };
}
