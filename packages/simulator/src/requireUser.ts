import type { MiddlewareHandler } from 'hono';
import { errorContextOf } from './errorContextOf.ts';
import { finapiErrorResponse } from './finapiErrorResponse.ts';
import type { SimulatorDeps, SimulatorEnv } from './SimulatorDeps.ts';

/**
 * finAPI's Web Form API takes the end user's access token: 401 `UNAUTHORIZED` without a valid
 * one, 403 `FORBIDDEN` for a client's token ("Must pass the user's access token").
 */
export function requireUser(deps: SimulatorDeps): MiddlewareHandler<SimulatorEnv> {
  return async (c, next) => {
    const context = () => errorContextOf(c, deps.now);
    const match = /^Bearer +(\S+) *$/i.exec(c.req.header('authorization') ?? '');
    if (match === null) {
      return finapiErrorResponse(context(), 401, 'UNAUTHORIZED', 'No access token was given');
    }
    const principal = deps.tokens.verify(match[1] as string);
    if (principal === undefined) {
      return finapiErrorResponse(
        context(),
        401,
        'UNAUTHORIZED',
        'The access token is invalid or has expired',
      );
    }
    if (principal.kind !== 'user') {
      return finapiErrorResponse(
        context(),
        403,
        'FORBIDDEN',
        "This service needs a user's access token, not a client's",
      );
    }
    c.set('user', `${principal.clientId}/${principal.username}`);
    c.set('username', principal.username);
    await next();
  };
}
