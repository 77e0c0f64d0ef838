import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The demo's own visitor cookie: who is looking at the demo, so the simulator's form can follow
 * the visitor's language and theme switch. Demo-only: an integrator's app has its own sign-in.
 * HttpOnly and SameSite=Lax like the proxy's session cookie; random and unguessable, so naming it
 * gains nobody another visitor's settings.
 */
export const VISITOR_COOKIE = 'webform_kit_demo_visitor';

const VISITOR_ID = /^[A-Za-z0-9_-]{22}$/;

/** The visitor id in a `Cookie` header, if it carries a well-formed one. */
export function visitorOf(cookieHeader: string | null | undefined): string | undefined {
  for (const part of (cookieHeader ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq === -1 || part.slice(0, eq).trim() !== VISITOR_COOKIE) continue;
    const value = part.slice(eq + 1).trim();
    return VISITOR_ID.test(value) ? value : undefined;
  }
  return undefined;
}

/**
 * The request's visitor; a new one gets the cookie on this response, and the request itself is
 * given it too, so what it is forwarded to (the proxy) already sees the visitor.
 */
export function ensureVisitor(request: IncomingMessage, response: ServerResponse): string {
  const known = visitorOf(request.headers.cookie);
  if (known !== undefined) return known;
  const visitor = randomBytes(16).toString('base64url');
  const cookie = `${VISITOR_COOKIE}=${visitor}`;
  request.headers.cookie = request.headers.cookie ? `${request.headers.cookie}; ${cookie}` : cookie;
  response.appendHeader('set-cookie', `${cookie}; Path=/; HttpOnly; SameSite=Lax; Max-Age=86400`);
  return visitor;
}
