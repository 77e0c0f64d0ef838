import { isResourceId } from '@webform-kit/core';
import type { ProxyStore } from './ProxyStore.ts';
import type { ProxyEvent } from './ProxyEvent.ts';
import type { SnapshotHub, TokenSource } from './SnapshotHub.ts';
import type { FinapiClient } from './createFinapiClient.ts';
import type { RateLimiter } from './createRateLimiter.ts';
import type { Signer } from './createSigner.ts';
import type { AccessTokenContext } from './options.ts';
import { ownerOf } from './records.ts';
import type { Resource } from './resources.ts';
import type { Session, SessionCookie } from './sessionCookie.ts';
import { WebFormProxyError } from './WebFormProxyError.ts';

/** What every route of one proxy shares. */
export interface ProxyContext {
  readonly basePath: string;
  readonly publicUrl: string;
  readonly allowedOrigins: ReadonlySet<string>;
  readonly maxBodyBytes: number;
  readonly registerCallbacks: boolean;
  readonly hub: SnapshotHub;
  readonly finapi: FinapiClient;
  readonly store: ProxyStore;
  readonly signer: Signer;
  readonly sessions: SessionCookie;
  readonly limiter: RateLimiter | undefined;
  emit(event: ProxyEvent): void;
  /** The finAPI token for a request, with any failure turned into a proxy error. */
  tokenSource(request: Request, context: AccessTokenContext): TokenSource;
}

/** Refuses an id that is not finAPI-shaped, before anything else looks at it. */
export function requireId(id: string, resource: Resource): void {
  if (!isResourceId(id)) {
    throw new WebFormProxyError(
      400,
      'INVALID_ID',
      `A ${resource.what} id is 36 letters, digits and dashes`,
    );
  }
}

/** Takes a token from the session's bucket, or refuses with 429 and `Retry-After`. */
export function requireRate(ctx: ProxyContext, session: Session): void {
  const wait = ctx.limiter?.take(session.id) ?? 0;
  if (wait > 0) {
    throw new WebFormProxyError(429, 'RATE_LIMITED', `Too many requests; try again in ${wait} s`, {
      'retry-after': String(wait),
    });
  }
}

/**
 * Refuses a resource the session does not own with the same 404 as one that does not exist, so
 * a guessed id reveals nothing. Checked before any finAPI call.
 */
export async function requireOwner(
  ctx: ProxyContext,
  resource: Resource,
  id: string,
  session: Session,
): Promise<void> {
  if ((await ownerOf(ctx.store, resource.type, id)) !== session.id) {
    throw new WebFormProxyError(404, 'NOT_FOUND', `No such ${resource.what}`);
  }
}

/**
 * Refuses state-changing requests a browser sent from a foreign page. SameSite=Lax and the JSON
 * content type already stop classic cross-site posts; this also covers same-site neighbours.
 * Requests without `Origin` (server-side callers) pass.
 */
export function requireOrigin(ctx: ProxyContext, request: Request): void {
  const origin = request.headers.get('origin');
  if (origin === null) return;
  if (ctx.allowedOrigins.has(origin)) return;
  if (origin === new URL(ctx.publicUrl).origin || origin === new URL(request.url).origin) return;
  throw new WebFormProxyError(403, 'ORIGIN_NOT_ALLOWED', `Requests from ${origin} are not allowed`);
}

/** A 405 naming the methods a path does allow. */
export function methodNotAllowed(allow: readonly string[]): WebFormProxyError {
  return new WebFormProxyError(405, 'METHOD_NOT_ALLOWED', `Use ${allow.join(' or ')} here`, {
    allow: allow.join(', '),
  });
}
