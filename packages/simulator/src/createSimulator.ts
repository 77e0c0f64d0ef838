import {
  isAbsoluteHttpUrl,
  isFinalWebFormStatus,
  type FinalWebFormStatus,
  type WebForm,
  type WebFormErrorCode,
} from '@webform-kit/core';
import { Hono } from 'hono';
import { apiFaults } from './apiFaults.ts';
import { createCallbackSender } from './createCallbackSender.ts';
import { createFinapiState } from './createFinapiState.ts';
import { createScenarioState } from './createScenarioState.ts';
import { createScheduler } from './createScheduler.ts';
import { createTokenStore } from './createTokenStore.ts';
import { errorContextOf } from './errorContextOf.ts';
import { finapiErrorResponse } from './finapiErrorResponse.ts';
import { hostedPageRoutes } from './hostedPageRoutes.ts';
import { createUserStore } from './createUserStore.ts';
import { pageDressOf } from './pageDressOf.ts';
import type { Presentation, PresentationPatch } from './Presentation.ts';
import { presentationRoutes } from './presentationRoutes.ts';
import { renderHostedPage } from './renderHostedPage.ts';
import { requireUser } from './requireUser.ts';
import { DEFAULT_SCENARIO, DEFAULT_TTL_MS, type Scenario, type ScenarioPatch } from './scenario.ts';
import { scenarioRoutes } from './scenarioRoutes.ts';
import { SimulatorError } from './SimulatorError.ts';
import type {
  SimulatorClient,
  SimulatorDeps,
  SimulatorEnv,
  SimulatorUser,
} from './SimulatorDeps.ts';
import { taskRoutes } from './taskRoutes.ts';
import { tokenRoute } from './tokenRoute.ts';
import { userRoute } from './userRoute.ts';
import { webFormRoutes } from './webFormRoutes.ts';

export interface SimulatorOptions {
  /**
   * Origin (and path) where browsers reach the simulator; web form URLs are
   * `${publicUrl}/wf/{id}`. Requests may arrive with or without that path in front.
   * Default `http://127.0.0.1:8788`.
   */
  publicUrl?: string;
  /** Life of a web form in ms (at least 1000). Default 20 minutes; the scenario's `ttlMs` wins. */
  ttlMs?: number;
  /** The clock, in ms since the epoch. Default `Date.now`. */
  now?: () => number;
  /** Used to post callbacks. Default `globalThis.fetch`. */
  fetch?: typeof globalThis.fetch;
  /** The starting scenario; unnamed knobs keep {@link DEFAULT_SCENARIO}'s values. */
  scenario?: Partial<Scenario>;
  /** finAPI Access clients. Default: `webform-kit-demo` / `demo-secret`. */
  clients?: SimulatorClient[];
  /** finAPI users. Default: `demo` / `demo`. */
  users?: SimulatorUser[];
  /** Dice for the scenario's rates, in [0, 1). Default `Math.random`. */
  random?: () => number;
}

/** An in-memory finAPI Web Form 2.0 (and the token endpoint of finAPI Access). */
export interface Simulator {
  /** Every route: finAPI's API, the token endpoint, the hosted page, the control API. */
  fetch(request: Request): Promise<Response>;
  /** Where browsers reach the simulator, without a trailing slash. */
  readonly publicUrl: string;
  /** The current scenario (counters show what is left). */
  readonly scenario: Scenario;
  /** Changes the named knobs; throws a `TypeError` for unknown knobs or bad values. */
  setScenario(patch: ScenarioPatch): Scenario;
  /**
   * Resolves once every timer that is due by the clock has run (expiry, task progress, callback
   * delays) and every callback delivery started so far has settled. It does not move the clock:
   * advance fake timers or a manual clock first to reach later timers.
   */
  settle(): Promise<void>;
  /**
   * Finishes a web form as the hosted page's buttons do (`EXPIRED` as when the user leaves and
   * finAPI finalises it); fires its callbacks. Throws a {@link SimulatorError} for an unknown,
   * deleted or already final web form.
   */
  finish(webFormId: string, status: FinalWebFormStatus, errorCode?: WebFormErrorCode): WebForm;
  /**
   * Changes how the hosted pages of a user's web forms look (a simulator-only knob, see
   * {@link Presentation}): the named parts of `patch`, `null` back to the browser's choice.
   * Throws a {@link SimulatorError} for an unknown user, a `TypeError` for bad values.
   */
  setPresentation(userId: string, patch: PresentationPatch): Presentation;
  /** A user's presentation; throws a {@link SimulatorError} for an unknown user. */
  presentationOf(userId: string): Presentation;
  /** Stops every timer and wakes requests the scenario keeps hanging. */
  close(): void;
}

export const DEFAULT_PUBLIC_URL = 'http://127.0.0.1:8788';
export const DEFAULT_CLIENTS: readonly SimulatorClient[] = Object.freeze([
  { clientId: 'webform-kit-demo', clientSecret: 'demo-secret' },
]);
export const DEFAULT_USERS: readonly SimulatorUser[] = Object.freeze([
  { username: 'demo', password: 'demo' },
]);

/**
 * Creates a simulator of finAPI Web Form 2.0: a Web-standard fetch handler with its state in
 * memory, so tests call it with `new Request(...)` and no server.
 *
 * @example
 * const simulator = createSimulator({ publicUrl: 'http://127.0.0.1:8788' });
 * const token = await simulator.fetch(new Request('http://sim/api/v2/oauth/token', {
 *   method: 'POST',
 *   headers: { 'content-type': 'application/x-www-form-urlencoded' },
 *   body: 'grant_type=password&client_id=webform-kit-demo&client_secret=demo-secret&username=demo&password=demo',
 * })).then((r) => r.json());
 * const webForm = await simulator.fetch(new Request('http://sim/api/webForms/bankConnectionImport', {
 *   method: 'POST',
 *   headers: { authorization: `Bearer ${token.access_token}`, 'content-type': 'application/json' },
 *   body: '{}',
 * })).then((r) => r.json());
 * simulator.finish(webForm.id, 'COMPLETED');
 */
export function createSimulator(options: SimulatorOptions = {}): Simulator {
  const publicUrl = (options.publicUrl ?? DEFAULT_PUBLIC_URL).replace(/\/+$/, '');
  if (!isAbsoluteHttpUrl(publicUrl)) {
    throw new TypeError(
      `publicUrl must be an absolute http(s) URL, not ${JSON.stringify(publicUrl)}`,
    );
  }
  const basePath = new URL(publicUrl).pathname.replace(/\/+$/, '');
  const now = options.now ?? (() => Date.now());
  const random = options.random ?? Math.random;
  const scheduler = createScheduler(now);
  const scenario = createScenarioState(
    { ...DEFAULT_SCENARIO, ttlMs: options.ttlMs ?? DEFAULT_TTL_MS, ...options.scenario },
    random,
  );
  const send = createCallbackSender({
    scheduler,
    scenario,
    now,
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
  });
  const deps: SimulatorDeps = {
    now,
    state: createFinapiState({ publicUrl, now, scheduler, scenario, send }),
    scenario,
    scheduler,
    tokens: createTokenStore(now),
    clients: options.clients ?? DEFAULT_CLIENTS,
    users: createUserStore(options.users ?? DEFAULT_USERS),
    hanging: new Set(),
  };

  const app = new Hono<SimulatorEnv>();
  // Time may have passed since the last request: what is due (expiry, task progress) happens
  // before the request is answered, so answers never lag behind the clock.
  app.use('*', async (_c, next) => {
    scheduler.runDue();
    await next();
  });
  app.use('/api/*', async (c, next) => {
    // finAPI echoes X-Request-Id, or makes one up.
    const requestId = c.req.header('x-request-id') ?? globalThis.crypto.randomUUID();
    await next();
    c.res.headers.set('x-request-id', requestId);
  });
  app.route('/', tokenRoute(deps));
  app.route('/', userRoute(deps));
  // Hono's `/x/*` also matches `/x` itself.
  for (const path of ['/api/webForms/*', '/api/tasks/*']) {
    app.use(path, apiFaults(deps), requireUser(deps));
  }
  app.route('/', webFormRoutes(deps));
  app.route('/', taskRoutes(deps));
  app.route('/', hostedPageRoutes(deps));
  app.route('/', scenarioRoutes(deps));
  app.route('/', presentationRoutes(deps));
  app.notFound((c) =>
    c.req.path.startsWith('/api/')
      ? finapiErrorResponse(errorContextOf(c, now), 404, 'NOT_FOUND', 'No such endpoint')
      : c.html(
          renderHostedPage(
            { kind: 'not-found' },
            pageDressOf({
              presentation: undefined,
              chosen: undefined,
              acceptLanguage: c.req.header('accept-language'),
            }),
          ),
          404,
        ),
  );
  app.onError((error, c) => {
    console.error('[webform-kit simulator]', error);
    return finapiErrorResponse(
      errorContextOf(c, now),
      500,
      'INTERNAL_SERVER_ERROR',
      'Unexpected simulator error',
    );
  });

  return {
    async fetch(request) {
      const url = new URL(request.url);
      if (
        basePath !== '' &&
        (url.pathname === basePath || url.pathname.startsWith(`${basePath}/`))
      ) {
        url.pathname = url.pathname.slice(basePath.length) || '/';
        request = new Request(url, request);
      }
      return app.fetch(request);
    },
    publicUrl,
    get scenario() {
      return scenario.current;
    },
    setScenario: (patch) => scenario.update(patch),
    settle: () => scheduler.settle(),
    finish(webFormId, status, errorCode) {
      scheduler.runDue();
      const record = deps.state.webForm(webFormId);
      if (record === undefined || record.deleted) {
        throw new SimulatorError(`There is no web form ${webFormId}`);
      }
      if (isFinalWebFormStatus(record.status)) {
        throw new SimulatorError(`Web form ${webFormId} is already ${record.status}`);
      }
      if (!isFinalWebFormStatus(status)) {
        throw new SimulatorError(`${String(status)} is not a final web form status`);
      }
      deps.state.finishWebForm(record, status, errorCode);
      return deps.state.webFormOf(record);
    },
    setPresentation(userId, patch) {
      const presentation = deps.users.setPresentation(userId, patch);
      if (presentation === undefined) throw new SimulatorError(`There is no user ${userId}`);
      return presentation;
    },
    presentationOf(userId) {
      if (!deps.users.has(userId)) throw new SimulatorError(`There is no user ${userId}`);
      return deps.users.presentationOf(userId);
    },
    close() {
      scheduler.close();
      for (const wake of [...deps.hanging]) wake();
    },
  };
}
