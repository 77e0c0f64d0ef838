import type { Task, WebForm } from '@webform-kit/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PrepareFlow, WebFormProxyOptions } from '../src/index.ts';
import { finapiJson } from './fakeFinapi.ts';
import {
  advanceUntilSettled,
  createBrowser,
  createTestProxy,
  settleWithoutAdvancing,
  turnUntil,
  type Browser,
} from './helpers.ts';
import { MIN_FETCH_GAP_MS, ReadGate } from '../src/snapshots/ReadGate.ts';
import { checkoutPrepare, summaryOf } from './orderBook.ts';

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const PAY = '/api/webforms/standalone-payment';

/** A checkout in front of the fake finAPI, paying orders by reference. */
function setUp(options: Partial<WebFormProxyOptions> = {}) {
  const t = createTestProxy({ prepare: checkoutPrepare, rateLimit: false, ...options });
  const pay = async (browser: Browser, orderId = 'order-a') => {
    const response = await advanceUntilSettled(browser.request('POST', PAY, { body: { orderId } }));
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  return {
    ...t,
    pay,
    creations: () => t.finapi.count('POST', '/api/webForms/standalonePayment'),
    reads: (id: string) => t.finapi.count('GET', `/api/webForms/${id}`),
    read: (browser: Browser, id: string) =>
      advanceUntilSettled(browser.request('GET', `/api/webforms/${id}`)),
  };
}

describe('one flow per (kind, reference)', () => {
  it('answers a second create for a form never opened with the same web form, 201', async () => {
    const t = setUp();
    const browser = createBrowser(t.proxy);
    const first = await t.pay(browser);
    const second = await t.pay(browser);

    expect(first.status).toBe(201);
    expect(second).toEqual(first);
    expect(first.body.summary).toEqual(summaryOf('order-a'));
    expect(t.creations()).toBe(1);
    // The answer rests on a finAPI read made for the second create.
    expect(t.reads(first.body.id as string)).toBe(1);
  });

  it('decides on a finAPI read made after the create arrived, never on the cached snapshot', async () => {
    const t = setUp();
    const browser = createBrowser(t.proxy);
    const first = await t.pay(browser);
    const id = first.body.id as string;
    // The customer opens the one-time URL; the proxy's cache still says NOT_YET_OPENED.
    t.finapi.setWebForm(id, { status: 'IN_PROGRESS' });

    const second = await t.pay(browser);

    expect(second).toEqual({
      status: 409,
      body: { code: 'FLOW_IN_PROGRESS', message: expect.any(String), id },
    });
    expect(t.creations()).toBe(1);
  });

  it('never joins a read that started before the create arrived', async () => {
    const t = setUp({ unattendedPollMs: 2000 });
    const browser = createBrowser(t.proxy);
    // A safety poll asks finAPI while the form is still unopened, and its answer is slow. The
    // hold is in place before the creation: on a loaded machine the creation itself can take
    // fake time past the first poll.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let holding = true;
    t.finapi.override(async (request, path) => {
      if (!holding || request.method !== 'GET' || !path.startsWith('/api/webForms/')) {
        return undefined;
      }
      holding = false;
      const answer = finapiJson(t.finapi.webForms.get(path.split('/').at(-1) ?? ''));
      await held;
      return answer;
    });
    const id = (await t.pay(browser)).body.id as string;
    // The first safety poll is due 2 s after the creation: at the latest 2 s from now.
    await vi.advanceTimersByTimeAsync(2000);
    expect(t.reads(id)).toBe(1);
    // Meanwhile the form is opened, and the second create arrives.
    t.finapi.setWebForm(id, { status: 'IN_PROGRESS' });
    const refresh = vi.spyOn(ReadGate.prototype, 'refresh');
    const second = browser.request('POST', PAY, { body: { orderId: 'order-a' } });
    // The held read is still out when the create asks for a read after its arrival.
    await turnUntil(
      () => refresh.mock.calls.some((call) => call[1] === id),
      'the second create asks for a fresh read',
    );
    release();
    // Its own read waits out finAPI's second since the held one asked; then time stands still,
    // so the next safety poll (2 s after the first) cannot add a read however slow the machine.
    await vi.advanceTimersByTimeAsync(MIN_FETCH_GAP_MS);
    const answer = await settleWithoutAdvancing(second);

    expect({ status: answer.status, body: await answer.json() }).toMatchObject({
      status: 409,
      body: { code: 'FLOW_IN_PROGRESS', id },
    });
    expect(t.reads(id)).toBe(2);
  });

  it('answers 409 ALREADY_COMPLETED after COMPLETED, with no call to finAPI once that is known', async () => {
    const t = setUp();
    const browser = createBrowser(t.proxy);
    const id = (await t.pay(browser)).body.id as string;
    t.finapi.setWebForm(id, { status: 'COMPLETED', payload: { paymentId: 501 } });
    // The first look finds it completed (a read made for this create).
    expect(await t.pay(browser)).toMatchObject({
      status: 409,
      body: { code: 'ALREADY_COMPLETED', id },
    });

    // From then on the proxy knows: a double click, a second device, a week later.
    const requests = t.finapi.requests.length;
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    for (const session of [browser, createBrowser(t.proxy)]) {
      expect(await t.pay(session)).toEqual({
        status: 409,
        body: {
          code: 'ALREADY_COMPLETED',
          message: 'This flow was completed already; it is not started again',
          id,
        },
      });
    }
    expect(t.finapi.requests.slice(requests).filter((r) => r.path.includes(id))).toEqual([]);
    expect(t.creations()).toBe(1);
  });

  it('answers 409 PAYMENT_UNCERTAIN after an error that carries a paymentId', async () => {
    const t = setUp();
    const browser = createBrowser(t.proxy);
    const id = (await t.pay(browser)).body.id as string;
    t.finapi.setWebForm(id, {
      status: 'COMPLETED_WITH_ERROR',
      payload: { paymentId: 77, errorCode: 'INTERNAL_ERROR' },
    });

    expect(await t.pay(browser)).toMatchObject({
      status: 409,
      body: { code: 'PAYMENT_UNCERTAIN', id },
    });
    expect(t.creations()).toBe(1);
  });

  it.each([
    ['ABORTED', {}],
    ['EXPIRED', {}],
    ['COMPLETED_WITH_ERROR', { errorCode: 'BANK_SERVER_REJECTION' }],
  ] as const)(
    'answers a new web form after %s without a paymentId, and the reference points at it',
    async (status, payload) => {
      const t = setUp();
      const browser = createBrowser(t.proxy);
      const first = (await t.pay(browser)).body.id as string;
      t.finapi.setWebForm(first, { status, payload });

      const second = await t.pay(browser);
      expect(second.status).toBe(201);
      expect(second.body.id).not.toBe(first);
      expect(second.body.summary).toEqual(summaryOf('order-a'));
      expect(t.creations()).toBe(2);

      // The reference now names the new form: a third create gets that one again.
      expect((await t.pay(browser)).body.id).toBe(second.body.id);
      expect(t.creations()).toBe(2);
    },
  );

  it('answers a new web form when finAPI no longer knows the old one', async () => {
    const t = setUp();
    const browser = createBrowser(t.proxy);
    const first = (await t.pay(browser)).body.id as string;
    t.finapi.webForms.delete(first);

    const second = await t.pay(browser);
    expect(second.status).toBe(201);
    expect(second.body.id).not.toBe(first);
  });

  it('makes exactly one finAPI creation for concurrent creates of one reference', async () => {
    const t = setUp();
    const browser = createBrowser(t.proxy);
    // finAPI takes its time answering the creation, as it does under load.
    t.finapi.override(async (request) => {
      if (request.method === 'POST') await new Promise((resolve) => setTimeout(resolve, 300));
      return undefined;
    });
    // One clock for the four (each request driving the fake clock on its own would run it four
    // times as fast as the holder's creation, and the waiting ones would give up with FLOW_BUSY),
    // in small steps, since the holder's work (session signatures) also takes real time.
    const payNow = async (b: Browser) => {
      const response = await b.request('POST', PAY, { body: { orderId: 'order-a' } });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };
    const answers = await advanceUntilSettled(
      Promise.all([
        payNow(browser),
        payNow(browser),
        payNow(createBrowser(t.proxy)),
        payNow(createBrowser(t.proxy)),
      ]),
      10,
    );

    expect(t.creations()).toBe(1);
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201]);
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
  });

  it('keeps the references of different orders and different kinds apart', async () => {
    const t = setUp({
      prepare: (context) =>
        context.kind === 'standalone-payment'
          ? checkoutPrepare(context)
          : { body: { bankConnectionId: 1 }, reference: 'order-a' },
    });
    const browser = createBrowser(t.proxy);
    const a = await t.pay(browser, 'order-a');
    const b = await t.pay(browser, 'order-b');
    const task = await advanceUntilSettled(
      browser.request('POST', '/api/tasks/background-update', { body: {} }),
    );

    expect(a.body.id).not.toBe(b.body.id);
    expect(b.body.summary).toEqual(summaryOf('order-b'));
    expect(task.status).toBe(201);
    expect(t.creations()).toBe(2);
  });

  it('lets a second session the app approved read the flow: the same form, or the id of a 409', async () => {
    const t = setUp();
    const phone = createBrowser(t.proxy);
    const laptop = createBrowser(t.proxy);
    const stranger = createBrowser(t.proxy);
    const id = (await t.pay(phone)).body.id as string;
    expect((await t.read(laptop, id)).status).toBe(404);

    // The laptop pays the same order: the same unopened form, which it may now follow.
    expect((await t.pay(laptop)).body.id).toBe(id);
    expect((await t.read(laptop, id)).status).toBe(200);

    // The phone opens it; a third device is told it is in progress and may follow it too.
    t.finapi.setWebForm(id, { status: 'IN_PROGRESS' });
    const tablet = createBrowser(t.proxy);
    expect(await t.pay(tablet)).toMatchObject({ status: 409, body: { id } });
    const read = await t.read(tablet, id);
    expect(read.status).toBe(200);
    expect(await read.json()).toMatchObject({
      id,
      status: 'IN_PROGRESS',
      summary: summaryOf('order-a'),
    });
    const events = await advanceUntilSettled(tablet.request('GET', `/api/webforms/${id}/events`));
    expect(events.status).toBe(200);
    await events.body?.cancel();

    // Someone who never asked for the order still sees nothing.
    expect((await t.read(stranger, id)).status).toBe(404);
    // Following is not owning: only the session that created the form may delete it.
    expect(
      (await advanceUntilSettled(tablet.request('DELETE', `/api/webforms/${id}`))).status,
    ).toBe(404);
    expect(t.finapi.webForms.has(id)).toBe(true);
  });

  it('lets the approved session read the id of ALREADY_COMPLETED and PAYMENT_UNCERTAIN', async () => {
    for (const [payload, code] of [
      [{ paymentId: 5 }, 'ALREADY_COMPLETED'],
      [{ paymentId: 6, errorCode: 'UNEXPECTED_ACCESS_RESPONSE' }, 'PAYMENT_UNCERTAIN'],
    ] as const) {
      const t = setUp();
      const id = (await t.pay(createBrowser(t.proxy))).body.id as string;
      t.finapi.setWebForm(id, {
        status: code === 'ALREADY_COMPLETED' ? 'COMPLETED' : 'COMPLETED_WITH_ERROR',
        payload,
      });
      const other = createBrowser(t.proxy);
      expect(await t.pay(other)).toMatchObject({ status: 409, body: { code, id } });
      const read = await t.read(other, id);
      expect(read.status).toBe(200);
      expect(await read.json()).toMatchObject({ id, payload });
    }
  });

  it('forgets a reference after referenceTtlMs: past it, the app’s prepare is the guard', async () => {
    const t = setUp({ referenceTtlMs: 60 * 60_000 });
    const browser = createBrowser(t.proxy);
    const id = (await t.pay(browser)).body.id as string;
    t.finapi.setWebForm(id, { status: 'COMPLETED', payload: { paymentId: 1 } });
    expect((await t.pay(browser)).body.code).toBe('ALREADY_COMPLETED');

    await vi.advanceTimersByTimeAsync(60 * 60_000);
    const later = await t.pay(browser);
    expect(later.status).toBe(201);
    expect(later.body.id).not.toBe(id);
  });

  it('answers a finAPI failure of the deciding read as the error it is, and creates nothing', async () => {
    const t = setUp();
    const browser = createBrowser(t.proxy);
    const id = (await t.pay(browser)).body.id as string;
    t.finapi.override((request, path) =>
      request.method === 'GET' && path.endsWith(id) ? new Response('', { status: 503 }) : undefined,
    );
    expect(await t.pay(browser)).toMatchObject({ status: 502, body: { code: 'FINAPI_ERROR' } });
    expect(t.creations()).toBe(1);
  });

  it('creates a flow per request when prepare gives no reference', async () => {
    const t = setUp({
      prepare: (context) => ({ ...checkoutPrepare(context), reference: undefined }),
    });
    const browser = createBrowser(t.proxy);
    const a = await t.pay(browser);
    const b = await t.pay(browser);
    expect(a.body.id).not.toBe(b.body.id);
    expect(t.creations()).toBe(2);
  });
});

describe('one task per reference', () => {
  const prepare: PrepareFlow = () => ({ body: { bankConnectionId: 8 }, reference: 'connection-8' });
  const TASK_PATH = '/api/tasks/background-update';

  async function start(browser: Browser) {
    const response = await advanceUntilSettled(browser.request('POST', TASK_PATH, { body: {} }));
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  it('follows the rules of web forms by taskOutcomeOf', async () => {
    const t = setUp({ prepare });
    const browser = createBrowser(t.proxy);
    const created = await start(browser);
    const id = created.body.id as string;
    const webForm = {
      id: '946db09e-5bfc-11eb-ae93-0242ac130002',
      url: 'https://webform.example.test/wf/946db09e-5bfc-11eb-ae93-0242ac130002',
    };
    const steps: [Partial<Task>, number, string | undefined][] = [
      [{ status: 'NOT_YET_STARTED' }, 201, undefined],
      [
        {
          status: 'WEB_FORM_REQUIRED',
          payload: { bankConnectionId: 8, webForm: { ...webForm, status: 'NOT_YET_OPENED' } },
        },
        201,
        undefined,
      ],
      [
        {
          status: 'WEB_FORM_REQUIRED',
          payload: { bankConnectionId: 8, webForm: { ...webForm, status: 'IN_PROGRESS' } },
        },
        409,
        'FLOW_IN_PROGRESS',
      ],
      [{ status: 'COMPLETED', payload: { bankConnectionId: 8 } }, 409, 'ALREADY_COMPLETED'],
    ];
    for (const [change, status, code] of steps) {
      t.finapi.setTask(id, change);
      const again = await start(browser);
      expect(again.status, JSON.stringify(change)).toBe(status);
      if (code === undefined) expect(again.body.id).toBe(id);
      else expect(again.body).toEqual({ code, message: expect.any(String), id });
    }
    expect(t.finapi.count('POST', '/api/tasks/backgroundUpdate')).toBe(1);
  });

  it('starts a new task after one that ended with an error', async () => {
    const t = setUp({ prepare });
    const browser = createBrowser(t.proxy);
    const id = (await start(browser)).body.id as string;
    t.finapi.setTask(id, {
      status: 'COMPLETED_WITH_ERROR',
      payload: { bankConnectionId: 8, errorCode: 'BANK_SERVER_REJECTION' },
    });
    const again = await start(browser);
    expect(again.status).toBe(201);
    expect(again.body.id).not.toBe(id);
    expect(t.finapi.count('POST', '/api/tasks/backgroundUpdate')).toBe(2);
  });

  it('answers IN_PROGRESS of the task itself with 409 FLOW_IN_PROGRESS', async () => {
    const t = setUp({ prepare });
    const browser = createBrowser(t.proxy);
    const id = (await start(browser)).body.id as string;
    t.finapi.setTask(id, { status: 'IN_PROGRESS' });
    expect(await start(browser)).toMatchObject({
      status: 409,
      body: { code: 'FLOW_IN_PROGRESS', id },
    });
    const read = await advanceUntilSettled(browser.request('GET', `/api/tasks/${id}`));
    expect(((await read.json()) as WebForm).status).toBe('IN_PROGRESS');
  });
});
