import { afterEach, describe, expect, it } from 'vitest';
import { SimulatorError, type Simulator } from '../src/index.ts';
import { setup } from './helpers.ts';

let simulator: Simulator | undefined;
afterEach(() => simulator?.close());

const CLIENT = { client_id: 'webform-kit-demo', client_secret: 'demo-secret' };

async function clientToken(t: ReturnType<typeof setup>): Promise<string> {
  const response = await t.token({ grant_type: 'client_credentials', ...CLIENT });
  return ((await response.json()) as { access_token: string }).access_token;
}

function createUser(t: ReturnType<typeof setup>, token: string, body: unknown = {}) {
  return t.post('/api/v2/users', token, body);
}

describe('POST /api/v2/users (finAPI Access)', () => {
  it('creates a user with a made-up id and password, who can then log in', async () => {
    const t = setup();
    simulator = t.simulator;
    const response = await createUser(t, await clientToken(t));
    expect(response.status).toBe(201);
    const user = (await response.json()) as Record<string, unknown>;
    expect(user).toEqual({
      id: expect.any(String),
      password: expect.any(String),
      email: null,
      phone: null,
      isAutoUpdateEnabled: false,
    });
    const token = await t.login(user['id'] as string, user['password'] as string);
    expect(token).toEqual(expect.any(String));
  });

  it('keeps each user’s web forms and locks to themselves', async () => {
    const t = setup();
    simulator = t.simulator;
    const client = await clientToken(t);
    const users = await Promise.all(
      [1, 2].map(
        async () =>
          (await (await createUser(t, client)).json()) as { id: string; password: string },
      ),
    );
    const [first, second] = await Promise.all(users.map((u) => t.login(u.id, u.password)));
    const update = { bankConnectionId: 4242 };
    expect((await t.post('/api/tasks/backgroundUpdate', first as string, update)).status).toBe(201);
    // The same bank connection id at another user is another connection: no 423.
    expect((await t.post('/api/tasks/backgroundUpdate', second as string, update)).status).toBe(
      201,
    );
    expect((await t.post('/api/tasks/backgroundUpdate', first as string, update)).status).toBe(423);
  });

  it('takes the id and password given, and refuses a taken id with ENTITY_EXISTS', async () => {
    const t = setup();
    simulator = t.simulator;
    const client = await clientToken(t);
    const created = await createUser(t, client, { id: 'visitor-1', password: 'secret-1' });
    expect(((await created.json()) as { id: string }).id).toBe('visitor-1');
    const again = await createUser(t, client, { id: 'visitor-1' });
    expect(again.status).toBe(422);
    expect(await again.json()).toMatchObject({ errors: [{ code: 'ENTITY_EXISTS' }] });
    const demo = await createUser(t, client, { id: 'demo' });
    expect(demo.status).toBe(422);
  });

  it('needs the client’s token: 401 without one, 403 with a user’s', async () => {
    const t = setup();
    simulator = t.simulator;
    expect((await createUser(t, 'nope')).status).toBe(401);
    const userToken = await t.login();
    const forbidden = await createUser(t, userToken);
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toMatchObject({ errors: [{ code: 'UNAUTHORIZED_ACCESS' }] });
  });

  it('refuses bad fields and bodies with 400, and non-JSON with 415', async () => {
    const t = setup();
    simulator = t.simulator;
    const client = await clientToken(t);
    expect((await createUser(t, client, { id: 'a/b' })).status).toBe(400);
    expect((await createUser(t, client, { password: '123' })).status).toBe(400);
    expect((await createUser(t, client, '{')).status).toBe(400);
    const text = await t.request('/api/v2/users', {
      method: 'POST',
      headers: { ...t.bearer(client), 'content-type': 'text/plain' },
      body: '{}',
    });
    expect(text.status).toBe(415);
  });
});

describe('the presentation knob (simulator only)', () => {
  it('is read and changed per user through the control API', async () => {
    const t = setup();
    simulator = t.simulator;
    const read = await t.request('/__simulator/users/demo/presentation');
    expect(await read.json()).toEqual({ language: null, theme: null });
    const changed = await t.request('/__simulator/users/demo/presentation', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ language: 'de', theme: 'dark' }),
    });
    expect(await changed.json()).toEqual({ language: 'de', theme: 'dark' });
    const cleared = await t.request('/__simulator/users/demo/presentation', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ theme: null }),
    });
    expect(await cleared.json()).toEqual({ language: 'de', theme: null });
    expect(t.simulator.presentationOf('demo')).toEqual({ language: 'de', theme: null });
  });

  it('refuses unknown users (404), unknown parts and bad values (400)', async () => {
    const t = setup();
    simulator = t.simulator;
    const post = (path: string, body: unknown) =>
      t.request(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await post('/__simulator/users/nobody/presentation', {})).status).toBe(404);
    expect((await post('/__simulator/users/demo/presentation', { language: 'xx' })).status).toBe(
      400,
    );
    expect((await post('/__simulator/users/demo/presentation', { colour: 'red' })).status).toBe(
      400,
    );
    expect(() => t.simulator.setPresentation('nobody', {})).toThrow(SimulatorError);
    expect(() => t.simulator.setPresentation('demo', { theme: 'blue' as never })).toThrow(
      TypeError,
    );
  });
});
