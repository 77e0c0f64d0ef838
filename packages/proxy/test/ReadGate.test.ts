import { describe, expect, it, vi } from 'vitest';
import type { Snapshot } from '../src/index.ts';
import { WEB_FORM } from '../src/resources/proxyResources.ts';
import { ReadGate } from '../src/snapshots/ReadGate.ts';
import {
  createScriptedFinapi,
  OTHER_ID,
  useFakeClock,
  WEB_FORM_ID,
  webFormIn,
} from './scriptedFinapi.ts';

/** A gate in front of a scripted finAPI, with every snapshot it hands on recorded. */
function setUp() {
  const finapi = createScriptedFinapi();
  const fetched: Snapshot[] = [];
  const gate = new ReadGate({
    finapi: finapi.client,
    now: Date.now,
    onFetched: async (_resource, snapshot) => {
      fetched.push(snapshot);
    },
  });
  const read = () => gate.read(WEB_FORM, WEB_FORM_ID, finapi.source);
  return { finapi, fetched, gate, read, source: finapi.source };
}

describe('ReadGate', () => {
  useFakeClock();
  it('coalesces reads in flight into one finAPI request that all of them share', async () => {
    const t = setUp();
    const release = t.finapi.hold();
    const reads = Array.from({ length: 5 }, () => t.read());
    const refresh = t.gate.refresh(WEB_FORM, WEB_FORM_ID, t.source);
    await vi.advanceTimersByTimeAsync(0);
    expect(t.finapi.paths).toEqual([`/api/webForms/${WEB_FORM_ID}`]);

    release();
    const answers = await Promise.all([...reads, refresh]);

    expect(new Set(answers)).toEqual(new Set([webFormIn('NOT_YET_OPENED')]));
    expect(t.finapi.paths).toHaveLength(1);
    expect(t.fetched).toHaveLength(1);
  });

  it('spaces finAPI reads a second apart: a read within it is answered from the last one', async () => {
    const t = setUp();
    await t.read();
    t.finapi.answer(webFormIn('IN_PROGRESS'));

    await vi.advanceTimersByTimeAsync(999);
    expect((await t.read()).status).toBe('NOT_YET_OPENED');
    await vi.advanceTimersByTimeAsync(1);
    expect((await t.read()).status).toBe('IN_PROGRESS');
    expect(t.finapi.paths).toHaveLength(2);
  });

  it('makes a refresh wait out the second rather than answer from the last read', async () => {
    const t = setUp();
    await t.read();
    t.finapi.answer(webFormIn('COMPLETED'));

    const refreshed = t.gate.refresh(WEB_FORM, WEB_FORM_ID, t.source);
    await vi.advanceTimersByTimeAsync(999);
    expect(t.finapi.paths).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);

    expect((await refreshed).status).toBe('COMPLETED');
    expect(t.finapi.paths).toHaveLength(2);
  });

  it('answers a refresh with a read that asks after it, never by joining an earlier one', async () => {
    const t = setUp();
    const release = t.finapi.hold();
    const earlier = t.read();
    await vi.advanceTimersByTimeAsync(10);
    // A callback arrives while that read is out: finAPI may have answered it before the change.
    const refreshed = t.gate.refresh(WEB_FORM, WEB_FORM_ID, t.source);
    // A read during the refresh's wait joins it rather than asking again.
    const joined = t.gate.refresh(WEB_FORM, WEB_FORM_ID, t.source, Date.now() - 5);
    release();
    expect((await earlier).status).toBe('NOT_YET_OPENED');
    t.finapi.answer(webFormIn('COMPLETED'));

    await vi.advanceTimersByTimeAsync(1000);
    expect((await refreshed).status).toBe('COMPLETED');
    expect((await joined).status).toBe('COMPLETED');
    expect(t.finapi.paths).toHaveLength(2);
  });

  it('does not let a refresh join a read that asked finAPI in the same millisecond', async () => {
    const t = setUp();
    const release = t.finapi.hold();
    const earlier = t.read();
    // Let that read ask finAPI (its token is awaited first); the clock has not moved.
    await vi.advanceTimersByTimeAsync(0);
    expect(t.finapi.paths).toHaveLength(1);
    const refreshed = t.gate.refresh(WEB_FORM, WEB_FORM_ID, t.source, Date.now());
    release();
    expect((await earlier).status).toBe('NOT_YET_OPENED');
    t.finapi.answer(webFormIn('COMPLETED'));

    await vi.advanceTimersByTimeAsync(1000);
    expect((await refreshed).status).toBe('COMPLETED');
    expect(t.finapi.paths).toHaveLength(2);
  });

  it('answers a read during a refresh with the refresh, not the snapshot from before it', async () => {
    const t = setUp();
    await t.read();
    t.finapi.answer(webFormIn('COMPLETED'));
    const refreshed = t.gate.refresh(WEB_FORM, WEB_FORM_ID, t.source);

    // Within the second of the last read, which would otherwise answer from it.
    const read = t.read();
    await vi.advanceTimersByTimeAsync(1000);

    expect((await read).status).toBe('COMPLETED');
    expect(await read).toBe(await refreshed);
    expect(t.finapi.paths).toHaveLength(2);
    // Once the refresh is done, reads within the second are answered from it again.
    expect((await t.read()).status).toBe('COMPLETED');
    expect(t.finapi.paths).toHaveLength(2);
  });

  it('lets a refresh join a read that asks late enough', async () => {
    const t = setUp();
    const since = Date.now();
    const release = t.finapi.hold();
    const read = t.read();
    const refreshed = t.gate.refresh(WEB_FORM, WEB_FORM_ID, t.source, since);
    release();
    expect(await refreshed).toBe(await read);
    expect(t.finapi.paths).toHaveLength(1);
  });

  it('counts a creation it is given as a read', async () => {
    const t = setUp();
    await t.gate.seed(WEB_FORM, webFormIn('NOT_YET_OPENED'), 'session-a');

    expect(await t.read()).toEqual(webFormIn('NOT_YET_OPENED'));
    expect(t.finapi.paths).toHaveLength(0);
    expect(t.fetched).toHaveLength(1);
  });

  it('keeps a final snapshot: later reads and refreshes ask finAPI nothing', async () => {
    const t = setUp();
    t.finapi.answer(webFormIn('COMPLETED'));
    await t.read();

    for (let i = 0; i < 5; i++) {
      await vi.advanceTimersByTimeAsync(10_000);
      expect((await t.read()).status).toBe('COMPLETED');
      expect((await t.gate.refresh(WEB_FORM, WEB_FORM_ID, t.source)).status).toBe('COMPLETED');
    }
    expect(t.finapi.paths).toHaveLength(1);
  });

  it('sweeps a snapshot nobody asked for in a minute, and reads again after', async () => {
    const t = setUp();
    t.finapi.answer(webFormIn('COMPLETED'));
    await t.read();

    await vi.advanceTimersByTimeAsync(61_000);
    // Any use of the gate runs the sweep; the next read of the form then goes to finAPI.
    await t.gate.read(WEB_FORM, OTHER_ID, t.source).catch(() => undefined);
    await t.read();

    expect(t.finapi.paths).toEqual([
      `/api/webForms/${WEB_FORM_ID}`,
      `/api/webForms/${OTHER_ID}`,
      `/api/webForms/${WEB_FORM_ID}`,
    ]);
  });

  it('never moves the snapshot backwards when an answer is behind what it knows', async () => {
    const t = setUp();
    t.finapi.answer(webFormIn('IN_PROGRESS'));
    await t.read();
    t.finapi.answer(webFormIn('NOT_YET_OPENED'));
    await vi.advanceTimersByTimeAsync(1000);

    expect((await t.read()).status).toBe('IN_PROGRESS');
    expect(t.gate.remember(WEB_FORM, webFormIn('NOT_YET_OPENED')).status).toBe('IN_PROGRESS');
    expect(t.gate.peek(WEB_FORM, WEB_FORM_ID)?.status).toBe('IN_PROGRESS');
  });

  it('refuses an answer about another web form than the one asked for', async () => {
    const t = setUp();
    t.finapi.answer(webFormIn('NOT_YET_OPENED', OTHER_ID));

    await expect(t.read()).rejects.toMatchObject({ status: 502, code: 'FINAPI_INVALID_RESPONSE' });
    expect(t.gate.peek(WEB_FORM, WEB_FORM_ID)).toBeUndefined();
  });

  it('forgets a resource that is gone', async () => {
    const t = setUp();
    t.finapi.answer(webFormIn('COMPLETED'));
    await t.read();
    t.gate.forget(WEB_FORM, WEB_FORM_ID);

    expect(t.gate.peek(WEB_FORM, WEB_FORM_ID)).toBeUndefined();
  });
});
