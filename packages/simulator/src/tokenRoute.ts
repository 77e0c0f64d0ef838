import { Hono } from 'hono';
import { accessErrorResponse } from './accessErrorResponse.ts';
import type { AccessToken } from './createTokenStore.ts';
import type { SimulatorDeps } from './SimulatorDeps.ts';

const ENDPOINT = 'POST /api/v2/oauth/token';

/**
 * finAPI Access's token endpoint, `POST /api/v2/oauth/token`, for the grants a web form backend
 * uses: `client_credentials`, `password` and `refresh_token`, form-encoded.
 */
export function tokenRoute(deps: SimulatorDeps): Hono {
  const app = new Hono();
  app.post('/api/v2/oauth/token', async (c) => {
    const requestId = c.req.header('x-request-id') ?? globalThis.crypto.randomUUID();
    const contentType = c.req.header('content-type') ?? '';
    // Access also reads the query (deprecated there), so credentials may come either way.
    const params = new URLSearchParams(new URL(c.req.url).search);
    if (/^application\/x-www-form-urlencoded\b/i.test(contentType)) {
      for (const [name, value] of new URLSearchParams(await c.req.text())) params.set(name, value);
    }
    const param = (name: string) => params.get(name) ?? undefined;
    const fail = (
      status: 400 | 401,
      code: 'BAD_REQUEST' | 'UNAUTHORIZED_ACCESS',
      message: string,
    ) =>
      accessErrorResponse({
        status,
        code,
        message,
        endpoint: ENDPOINT,
        requestId,
        now: deps.now(),
      });

    const grantType = param('grant_type');
    if (
      grantType !== 'client_credentials' &&
      grantType !== 'password' &&
      grantType !== 'refresh_token'
    ) {
      return fail(
        400,
        'BAD_REQUEST',
        'grant_type must be client_credentials, password or refresh_token',
      );
    }
    const clientId = param('client_id');
    const client = deps.clients.find(
      (known) => known.clientId === clientId && known.clientSecret === param('client_secret'),
    );
    if (client === undefined) return fail(401, 'UNAUTHORIZED_ACCESS', 'Bad client credentials');

    const { tokenExpiresIn } = deps.scenario.current;
    let token: AccessToken | undefined;
    if (grantType === 'client_credentials') {
      token = deps.tokens.issue({ kind: 'client', clientId: client.clientId }, tokenExpiresIn);
    } else if (grantType === 'password') {
      const username = param('username');
      if (username === undefined || !deps.users.verify(username, param('password'))) {
        return fail(401, 'UNAUTHORIZED_ACCESS', 'Bad user credentials');
      }
      token = deps.tokens.issue(
        { kind: 'user', clientId: client.clientId, username },
        tokenExpiresIn,
      );
    } else {
      token = deps.tokens.refresh(param('refresh_token') ?? '', client.clientId, tokenExpiresIn);
      if (token === undefined) return fail(401, 'UNAUTHORIZED_ACCESS', 'Invalid refresh token');
    }
    c.header('x-request-id', requestId);
    c.header('cache-control', 'no-store');
    return c.json(token, 200);
  });
  return app;
}
