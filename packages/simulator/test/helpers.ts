import { within } from '@testing-library/dom';
import { JSDOM } from 'jsdom';
import { createSimulator, type Simulator, type SimulatorOptions } from '../src/index.ts';

export const ORIGIN = 'http://127.0.0.1:8788';

export interface RecordedCallback {
  url: string;
  contentType: string | null;
  body: unknown;
}

/** A manual clock: tests move `clock.t`. */
export function manualClock(start = Date.UTC(2021, 2, 9, 8, 36, 15)) {
  const clock = {
    t: start,
    now: () => clock.t,
    advance(ms: number) {
      clock.t += ms;
    },
  };
  return clock;
}

/** A simulator whose callbacks land in `callbacks` instead of the network. */
export function setup(options: SimulatorOptions = {}) {
  const callbacks: RecordedCallback[] = [];
  const simulator = createSimulator({
    publicUrl: ORIGIN,
    fetch: async (input, init) => {
      callbacks.push({
        url: String(input),
        contentType: new Headers(init?.headers).get('content-type'),
        body: JSON.parse(String(init?.body)),
      });
      return new Response(null, { status: 204 });
    },
    ...options,
  });
  return { simulator, callbacks, ...api(simulator) };
}

export function api(simulator: Simulator) {
  const request = (path: string, init?: RequestInit) =>
    simulator.fetch(new Request(new URL(path, ORIGIN), init));

  async function token(
    params: Record<string, string> = {
      grant_type: 'password',
      client_id: 'webform-kit-demo',
      client_secret: 'demo-secret',
      username: 'demo',
      password: 'demo',
    },
  ): Promise<Response> {
    return request('/api/v2/oauth/token', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(params).toString(),
    });
  }

  async function login(username = 'demo', password = 'demo'): Promise<string> {
    const response = await token({
      grant_type: 'password',
      client_id: 'webform-kit-demo',
      client_secret: 'demo-secret',
      username,
      password,
    });
    const json = (await response.json()) as { access_token: string };
    return json.access_token;
  }

  const bearer = (accessToken: string) => ({ authorization: `Bearer ${accessToken}` });

  function post(path: string, accessToken: string, body: unknown): Promise<Response> {
    return request(path, {
      method: 'POST',
      headers: { ...bearer(accessToken), 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  }

  const get = (path: string, accessToken: string, init: RequestInit = {}) =>
    request(path, { ...init, headers: bearer(accessToken) });

  async function createWebForm(
    accessToken: string,
    path = 'bankConnectionImport',
    body: unknown = {},
  ): Promise<{ id: string; url: string; status: string; [key: string]: unknown }> {
    const response = await post(`/api/webForms/${path}`, accessToken, body);
    if (response.status !== 201)
      throw new Error(`create: ${response.status} ${await response.text()}`);
    return response.json() as never;
  }

  return { request, token, login, bearer, post, get, createWebForm };
}

/**
 * An HTML answer parsed, with Testing Library queries over its body. `acceptLanguage` is what
 * the browser showing it sends with its next requests.
 */
export async function readPage(response: Response, url = ORIGIN, acceptLanguage?: string) {
  const html = await response.text();
  const dom = new JSDOM(html, { url });
  const document = dom.window.document;
  return { html, document, window: dom.window, screen: within(document.body), acceptLanguage };
}

/**
 * Submits the form of the page's button named `name`, as a browser would: its action resolved
 * against the page URL, its fields form-encoded (a radio button only when checked). `choose`
 * sets fields by name, as the customer would type or pick them.
 */
export async function press(
  simulator: Simulator,
  page: Awaited<ReturnType<typeof readPage>>,
  name: string,
  choose: Record<string, string> = {},
): Promise<Response> {
  return (await submit(simulator, page, name, choose)).response;
}

/** {@link press}, and the answer read as the page the browser would show at the action's URL. */
export async function pressAndRead(
  simulator: Simulator,
  page: Awaited<ReturnType<typeof readPage>>,
  name: string,
  choose: Record<string, string> = {},
) {
  const { response, action } = await submit(simulator, page, name, choose);
  return { response, page: await readPage(response, action) };
}

async function submit(
  simulator: Simulator,
  page: Awaited<ReturnType<typeof readPage>>,
  name: string,
  choose: Record<string, string>,
): Promise<{ response: Response; action: string }> {
  const button = page.screen.getByRole('button', { name }) as HTMLButtonElement;
  const form = button.form;
  if (form === null) throw new Error(`button ${name} is in no form`);
  const fields = new URLSearchParams();
  for (const element of Array.from(form.elements)) {
    const field = element as HTMLInputElement | HTMLSelectElement;
    if (!field.name || field instanceof page.window.HTMLButtonElement) continue;
    if (field instanceof page.window.HTMLInputElement && field.type === 'radio') {
      if (!field.checked || choose[field.name] !== undefined) continue;
    }
    fields.set(field.name, choose[field.name] ?? field.value);
  }
  for (const [field, value] of Object.entries(choose)) {
    if (!fields.has(field)) fields.set(field, value);
  }
  const action = new URL(form.getAttribute('action') ?? '', page.document.URL).toString();
  const response = await simulator.fetch(
    new Request(action, {
      method: (form.getAttribute('method') ?? 'get').toUpperCase(),
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        ...(page.acceptLanguage ? { 'accept-language': page.acceptLanguage } : {}),
      },
      body: fields.toString(),
      redirect: 'manual',
    }),
  );
  return { response, action };
}

/** Opens a web form's hosted page (the first open) at `url`, as a browser sending `acceptLanguage`. */
export async function openPage(simulator: Simulator, url: string, acceptLanguage?: string) {
  const headers: Record<string, string> = acceptLanguage
    ? { 'accept-language': acceptLanguage }
    : {};
  const response = await simulator.fetch(new Request(url, { headers }));
  return { response, page: await readPage(response, url, acceptLanguage) };
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
export const FINAPI_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+0000$/;
