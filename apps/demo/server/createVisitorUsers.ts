import {
  WebFormProxyError,
  createPasswordGrantTokenProvider,
  type AccessTokenProvider,
} from '@webform-kit/proxy';
import { BoundedMap } from './BoundedMap.ts';
import { visitorOf } from './visitorCookie.ts';

/** How a visitor wants the simulator's form to look (the simulator's presentation knob). */
export interface VisitorPresentation {
  language: string | null;
  theme: 'light' | 'dark' | null;
}

export interface VisitorUsers {
  /**
   * The proxy's `getAccessToken`: each proxy session acts as a finAPI user of its own, created
   * through finAPI Access's `POST /api/v2/users` on the session's first request, so no visitor's
   * web forms, tasks or locks (finAPI's 423 for a bank connection being updated) reach another.
   */
  getAccessToken: AccessTokenProvider;
  /**
   * Remembers how a visitor wants the form to look, and tells the simulator for each of the
   * visitor's users; a user created later starts with it.
   */
  setPresentation(visitor: string, presentation: VisitorPresentation): Promise<void>;
}

interface SessionUser {
  userId: string;
  token: AccessTokenProvider;
}

/** Enough for a busy demo; the oldest sessions are forgotten past it (they log in anew). */
const MAX_SESSIONS = 10_000;

/**
 * Per-visitor finAPI users for the demo against the simulator (or any finAPI Access that lets the
 * client create users, as finAPI's sandbox does).
 *
 * @example
 * const users = createVisitorUsers({ accessUrl: simulator.url, simulatorUrl: simulator.url, clientId, clientSecret });
 * await startProxyServer({ getAccessToken: users.getAccessToken, ... });
 */
export function createVisitorUsers(options: {
  accessUrl: string;
  /** Where the simulator's control API is, to set a user's presentation. */
  simulatorUrl: string;
  clientId: string;
  clientSecret: string;
  fetch?: typeof globalThis.fetch;
}): VisitorUsers {
  const doFetch = options.fetch ?? globalThis.fetch;
  const sessions = new BoundedMap<string, Promise<SessionUser>>(MAX_SESSIONS);
  const visitorOfSession = new BoundedMap<string, string>(MAX_SESSIONS);
  const presentations = new BoundedMap<string, VisitorPresentation>(MAX_SESSIONS);

  const unavailable = (what: string, cause?: unknown) =>
    new WebFormProxyError(502, 'FINAPI_ERROR', `The demo could not ${what}`, {}, { cause });

  async function json(url: string, init: RequestInit, what: string): Promise<unknown> {
    let response: Response;
    try {
      response = await doFetch(url, { ...init, redirect: 'error' });
    } catch (cause) {
      throw unavailable(what, cause);
    }
    if (!response.ok) throw unavailable(`${what} (${response.status})`);
    return response.status === 204 ? null : response.json();
  }

  async function present(userId: string, presentation: VisitorPresentation): Promise<void> {
    await json(
      `${options.simulatorUrl}/__simulator/users/${encodeURIComponent(userId)}/presentation`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(presentation),
      },
      'set the form’s language and theme',
    );
  }

  async function createUser(sessionId: string): Promise<SessionUser> {
    const client = (await json(
      `${options.accessUrl}/api/v2/oauth/token`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: options.clientId,
          client_secret: options.clientSecret,
        }).toString(),
      },
      'log in as the finAPI client',
    )) as { access_token: string };
    const user = (await json(
      `${options.accessUrl}/api/v2/users`,
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${client.access_token}`,
          'content-type': 'application/json',
        },
        body: '{}',
      },
      'create a finAPI user for this visitor',
    )) as { id: string; password: string };
    const visitor = visitorOfSession.get(sessionId);
    const presentation = visitor === undefined ? undefined : presentations.get(visitor);
    if (presentation !== undefined) await present(user.id, presentation);
    return {
      userId: user.id,
      token: createPasswordGrantTokenProvider({
        accessUrl: options.accessUrl,
        clientId: options.clientId,
        clientSecret: options.clientSecret,
        username: user.id,
        password: user.password,
        fetch: doFetch,
      }),
    };
  }

  return {
    async getAccessToken(request, context) {
      const { sessionId } = context;
      // Callbacks and the proxy's own polls come without the browser's cookies; the session
      // remembers its visitor from the browser's requests.
      const visitor =
        context.via === 'browser' ? visitorOf(request.headers.get('cookie')) : undefined;
      const known = sessions.touch(sessionId);
      if (visitor !== undefined && visitorOfSession.get(sessionId) !== visitor) {
        visitorOfSession.set(sessionId, visitor);
        // A user made before the session's visitor was known gets the visitor's look now.
        const presentation = presentations.get(visitor);
        if (known !== undefined && presentation !== undefined) {
          await present((await known).userId, presentation);
        }
      }
      let user = known;
      if (user === undefined) {
        user = createUser(sessionId);
        sessions.set(sessionId, user);
        // A failed creation is tried again on the session's next request.
        user.catch(() => sessions.delete(sessionId));
      }
      return (await user).token(request, context);
    },
    async setPresentation(visitor, presentation) {
      presentations.set(visitor, presentation);
      const users: Promise<SessionUser>[] = [];
      for (const [sessionId, owner] of visitorOfSession) {
        const user = owner === visitor ? sessions.get(sessionId) : undefined;
        if (user !== undefined) users.push(user);
      }
      await Promise.all(users.map(async (user) => present((await user).userId, presentation)));
    },
  };
}
