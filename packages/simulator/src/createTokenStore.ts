/** Who a token speaks for: a client (application) or one of its users. */
export type Principal =
  { kind: 'client'; clientId: string } | { kind: 'user'; clientId: string; username: string };

/** finAPI Access's token answer. */
export interface AccessToken {
  access_token: string;
  token_type: 'bearer';
  expires_in: number;
  refresh_token?: string;
  scope: 'all';
}

export interface TokenStore {
  /**
   * A token for `principal`. As finAPI Access documents, the same credentials get the same token
   * back while it is valid (with the seconds it has left).
   */
  issue(principal: Principal, expiresInSeconds: number): AccessToken;
  /** A new token for the user a refresh token belongs to, if `clientId` issued it. */
  refresh(
    refreshToken: string,
    clientId: string,
    expiresInSeconds: number,
  ): AccessToken | undefined;
  /** The principal of a valid, unexpired access token. */
  verify(accessToken: string): Principal | undefined;
}

interface Issued {
  principal: Principal;
  expiresAt: number;
  refreshToken: string | undefined;
}

function randomToken(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(48));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return globalThis.btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function keyOf(principal: Principal): string {
  return principal.kind === 'client'
    ? `client:${principal.clientId}`
    : `user:${principal.clientId}:${principal.username}`;
}

export function createTokenStore(now: () => number): TokenStore {
  const tokens = new Map<string, Issued>();
  const latest = new Map<string, string>();
  const refreshTokens = new Map<string, Principal & { kind: 'user' }>();

  function answer(accessToken: string, issued: Issued): AccessToken {
    const token: AccessToken = {
      access_token: accessToken,
      token_type: 'bearer',
      expires_in: Math.max(0, Math.ceil((issued.expiresAt - now()) / 1000)),
      scope: 'all',
    };
    if (issued.refreshToken !== undefined) token.refresh_token = issued.refreshToken;
    return token;
  }

  function create(principal: Principal, expiresInSeconds: number, refreshToken?: string) {
    const accessToken = randomToken();
    const issued: Issued = {
      principal,
      expiresAt: now() + expiresInSeconds * 1000,
      // Access issues refresh tokens to users only (the client grant has none).
      refreshToken: principal.kind === 'user' ? (refreshToken ?? randomToken()) : undefined,
    };
    tokens.set(accessToken, issued);
    latest.set(keyOf(principal), accessToken);
    if (principal.kind === 'user' && issued.refreshToken !== undefined) {
      refreshTokens.set(issued.refreshToken, principal);
    }
    return answer(accessToken, issued);
  }

  function valid(accessToken: string | undefined): Issued | undefined {
    if (accessToken === undefined) return undefined;
    const issued = tokens.get(accessToken);
    if (issued === undefined) return undefined;
    if (now() >= issued.expiresAt) {
      tokens.delete(accessToken);
      return undefined;
    }
    return issued;
  }

  return {
    issue(principal, expiresInSeconds) {
      const existing = latest.get(keyOf(principal));
      const issued = valid(existing);
      if (existing !== undefined && issued !== undefined) return answer(existing, issued);
      return create(principal, expiresInSeconds);
    },
    refresh(refreshToken, clientId, expiresInSeconds) {
      const principal = refreshTokens.get(refreshToken);
      if (principal === undefined || principal.clientId !== clientId) return undefined;
      return create(principal, expiresInSeconds, refreshToken);
    },
    verify(accessToken) {
      return valid(accessToken)?.principal;
    },
  };
}
