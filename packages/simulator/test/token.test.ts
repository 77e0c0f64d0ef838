import { afterEach, describe, expect, it } from 'vitest';
import type { Simulator } from '../src/index.ts';
import { manualClock, setup } from './helpers.ts';

let simulator: Simulator | undefined;
afterEach(() => simulator?.close());

const CLIENT = { client_id: 'webform-kit-demo', client_secret: 'demo-secret' };
const USER = { ...CLIENT, grant_type: 'password', username: 'demo', password: 'demo' };

interface TokenAnswer {
  access_token: string;
  token_type: string;
  expires_in: number;
  refresh_token?: string;
  scope: string;
}

describe('POST /api/v2/oauth/token', () => {
  it('logs a user in with the password grant', async () => {
    const t = setup();
    simulator = t.simulator;
    const response = await t.token(USER);
    expect(response.status).toBe(200);
    const json = (await response.json()) as TokenAnswer;
    expect(json).toEqual({
      access_token: expect.stringMatching(/^[\w-]{32,}$/),
      token_type: 'bearer',
      expires_in: 3600,
      refresh_token: expect.stringMatching(/^[\w-]{32,}$/),
      scope: 'all',
    });
    const webForm = await t.post('/api/webForms/bankConnectionImport', json.access_token, {});
    expect(webForm.status).toBe(201);
  });

  it('authorizes the client with client_credentials (no refresh token, as Access does)', async () => {
    const t = setup();
    simulator = t.simulator;
    const response = await t.token({ ...CLIENT, grant_type: 'client_credentials' });
    expect(response.status).toBe(200);
    const json = (await response.json()) as TokenAnswer;
    expect(json).toMatchObject({ token_type: 'bearer', expires_in: 3600, scope: 'all' });
    expect(json.refresh_token).toBeUndefined();
  });

  it('gives the same token back for the same credentials while it is valid', async () => {
    const clock = manualClock();
    const t = setup({ now: clock.now });
    simulator = t.simulator;
    const first = (await (await t.token(USER)).json()) as TokenAnswer;
    clock.advance(1000_000);
    const second = (await (await t.token(USER)).json()) as TokenAnswer;
    expect(second.access_token).toBe(first.access_token);
    expect(second.expires_in).toBe(2600);
  });

  it('lets a token expire after expires_in seconds of the clock', async () => {
    const clock = manualClock();
    const t = setup({ now: clock.now, scenario: { tokenExpiresIn: 60 } });
    simulator = t.simulator;
    const token = (await (await t.token(USER)).json()) as TokenAnswer;
    expect(token.expires_in).toBe(60);
    clock.advance(59_999);
    expect(
      (await t.post('/api/webForms/bankConnectionImport', token.access_token, {})).status,
    ).toBe(201);
    clock.advance(1);
    const expired = await t.post('/api/webForms/bankConnectionImport', token.access_token, {});
    expect(expired.status).toBe(401);
    expect(await expired.json()).toMatchObject({ code: 'UNAUTHORIZED' });

    const renewed = (await (await t.token(USER)).json()) as TokenAnswer;
    expect(renewed.access_token).not.toBe(token.access_token);
  });

  it('renews a user token with the refresh_token grant', async () => {
    const t = setup();
    simulator = t.simulator;
    const login = (await (await t.token(USER)).json()) as TokenAnswer;
    const response = await t.token({
      ...CLIENT,
      grant_type: 'refresh_token',
      refresh_token: login.refresh_token as string,
    });
    expect(response.status).toBe(200);
    const renewed = (await response.json()) as TokenAnswer;
    expect(renewed.access_token).not.toBe(login.access_token);
    const token = await t.login();
    const created = await t.createWebForm(token);
    // The renewed token acts for the same user.
    expect((await t.get(`/api/webForms/${created.id}`, renewed.access_token)).status).toBe(200);
  });

  it('answers 401 in finAPI Access error shape for a wrong client secret', async () => {
    const t = setup();
    simulator = t.simulator;
    const response = await t.token({ ...USER, client_secret: 'wrong' });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({
      errors: [{ code: 'UNAUTHORIZED_ACCESS', message: 'Bad client credentials' }],
      endpoint: 'POST /api/v2/oauth/token',
      date: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}$/),
    });
  });

  it('answers 401 for a wrong user password', async () => {
    const t = setup();
    simulator = t.simulator;
    const response = await t.token({ ...USER, password: 'wrong' });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ errors: [{ code: 'UNAUTHORIZED_ACCESS' }] });
  });

  it('answers 401 for an unknown refresh token', async () => {
    const t = setup();
    simulator = t.simulator;
    const response = await t.token({ ...CLIENT, grant_type: 'refresh_token', refresh_token: 'x' });
    expect(response.status).toBe(401);
  });

  it('answers 400 for an unknown grant type', async () => {
    const t = setup();
    simulator = t.simulator;
    const response = await t.token({ ...CLIENT, grant_type: 'authorization_code' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: [{ code: 'BAD_REQUEST' }] });
  });

  it('knows only the configured clients and users', async () => {
    const t = setup({
      clients: [{ clientId: 'bank', clientSecret: 's3cret' }],
      users: [{ username: 'alice', password: 'pw' }],
    });
    simulator = t.simulator;
    expect((await t.token(USER)).status).toBe(401);
    const response = await t.token({
      grant_type: 'password',
      client_id: 'bank',
      client_secret: 's3cret',
      username: 'alice',
      password: 'pw',
    });
    expect(response.status).toBe(200);
  });
});
