import { describe, expect, it, vi } from 'vitest';
import {
  createMemoryEventBus,
  type BusMessage,
  type ProxyEvent,
  type Snapshot,
} from '../src/index.ts';
import { WebFormProxyError } from '../src/WebFormProxyError.ts';
import { WEB_FORM } from '../src/resources/proxyResources.ts';
import { ReadGate } from '../src/snapshots/ReadGate.ts';
import type { CallbackHealth } from '../src/snapshots/CallbackHealth.ts';
import { SnapshotWatcher, type WatchEvent } from '../src/snapshots/SnapshotWatcher.ts';
import {
  createScriptedFinapi,
  OTHER_ID,
  TOKEN_SOURCE,
  useFakeClock,
  WEB_FORM_ID,
  webFormIn,
} from './scriptedFinapi.ts';

useFakeClock();

/** A watcher over a real gate and memory bus, in front of a scripted finAPI, as the proxy wires them. */
function setUp() {
  const finapi = createScriptedFinapi();
  const bus = createMemoryEventBus();
  const published: { topic: string; snapshot: BusMessage }[] = [];
  const events: ProxyEvent[] = [];
  const gate: ReadGate = new ReadGate({
    finapi: finapi.client,
    now: Date.now,
    onFetched: (resource, snapshot) => watcher.publish(resource, snapshot),
  });
  const watcher: SnapshotWatcher = new SnapshotWatcher({
    bus: {
      publish(topic, snapshot) {
        published.push({ topic, snapshot });
        bus.publish(topic, snapshot);
      },
      subscribe: (topic, listener) => bus.subscribe(topic, listener),
    },
    gate,
    pollIntervalMs: 2000,
    now: Date.now,
    onEvent: (event) => events.push(event),
  });
  const heard: WatchEvent[] = [];
  const watch = (id = WEB_FORM_ID) =>
    watcher.watch(WEB_FORM, id, TOKEN_SOURCE, (event) => heard.push(event));
  const statuses = () =>
    heard.map((event) => (event.type === 'end' ? 'end' : event.snapshot.status));
  return { finapi, bus, published, events, gate, watcher, heard, watch, statuses };
}

describe('SnapshotWatcher', () => {
  it('runs one poller per watched resource, however many watch it', async () => {
    const t = setUp();
    const unwatchA = [t.watch(), t.watch(), t.watch()];
    const unwatchB = t.watch(OTHER_ID);
    expect(t.watcher.pollerCount).toBe(2);
    expect(t.watcher.isWatched(WEB_FORM, WEB_FORM_ID)).toBe(true);

    await vi.advanceTimersByTimeAsync(2000);
    expect(t.finapi.paths.filter((p) => p.endsWith(WEB_FORM_ID))).toHaveLength(1);

    unwatchA[0]?.();
    unwatchA[1]?.();
    expect(t.watcher.pollerCount).toBe(2);
    unwatchA[2]?.();
    expect(t.watcher.pollerCount).toBe(1);
    expect(t.watcher.isWatched(WEB_FORM, WEB_FORM_ID)).toBe(false);
    unwatchB();
    expect(t.watcher.pollerCount).toBe(0);

    const reads = t.finapi.paths.length;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(t.finapi.paths).toHaveLength(reads);
  });

  it('polls every interval, tells each change once, and stops polling at a final status', async () => {
    const t = setUp();
    t.watch();

    await vi.advanceTimersByTimeAsync(2000);
    await vi.advanceTimersByTimeAsync(2000);
    t.finapi.answer(webFormIn('IN_PROGRESS'));
    await vi.advanceTimersByTimeAsync(2000);
    t.finapi.answer(webFormIn('COMPLETED'));
    await vi.advanceTimersByTimeAsync(2000);

    // Two reads found NOT_YET_OPENED: published (and heard) once.
    expect(t.statuses()).toEqual(['NOT_YET_OPENED', 'IN_PROGRESS', 'COMPLETED']);
    expect(t.published).toHaveLength(3);
    expect(t.watcher.pollerCount).toBe(0);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(t.finapi.paths).toHaveLength(4);
  });

  it('backs off while finAPI fails, and ends the watchers when finAPI no longer knows it', async () => {
    const t = setUp();
    t.watch();
    t.finapi.answer(new WebFormProxyError(502, 'FINAPI_ERROR', 'finAPI failed (503)'));

    await vi.advanceTimersByTimeAsync(2000 + 4000 + 8000);
    expect(t.finapi.paths).toHaveLength(3);
    expect(t.events.filter((e) => e.type === 'poll-error')).toHaveLength(3);

    t.finapi.answer(new WebFormProxyError(404, 'NOT_FOUND', 'No such web form'));
    await vi.advanceTimersByTimeAsync(16_000);
    expect(t.statuses()).toEqual(['end']);
    expect(t.watcher.pollerCount).toBe(0);
    expect(t.events.at(-1)).toEqual({
      type: 'poll-error',
      resource: 'web-form',
      id: WEB_FORM_ID,
      code: 'NOT_FOUND',
    });
  });

  it('validates what comes off the bus, and hears only messages about its own resource', () => {
    const t = setUp();
    t.watch();
    const topic = WEB_FORM.topic(WEB_FORM_ID);

    t.bus.publish(topic, { ...webFormIn('COMPLETED'), status: 'FINISHED' } as unknown as Snapshot);
    t.bus.publish(topic, webFormIn('COMPLETED', OTHER_ID));
    t.bus.publish(topic, { id: WEB_FORM_ID } as unknown as Snapshot);
    expect(t.heard).toEqual([]);
    expect(t.events.filter((e) => e.type === 'error')).toHaveLength(3);

    t.bus.publish(topic, webFormIn('COMPLETED'));
    expect(t.statuses()).toEqual(['COMPLETED']);
    // A final snapshot from the bus (another instance's read) stops this instance's poller.
    expect(t.watcher.pollerCount).toBe(0);
    expect(t.gate.peek(WEB_FORM, WEB_FORM_ID)?.status).toBe('COMPLETED');
  });

  it('never tells a watcher of a state behind one it was told', () => {
    const t = setUp();
    t.watch();
    const topic = WEB_FORM.topic(WEB_FORM_ID);

    t.bus.publish(topic, webFormIn('IN_PROGRESS'));
    t.bus.publish(topic, webFormIn('NOT_YET_OPENED'));

    expect(t.statuses()).toEqual(['IN_PROGRESS', 'IN_PROGRESS']);
  });

  it('publishes a snapshot once, however often the proxy learns it', async () => {
    const t = setUp();
    await t.watcher.publish(WEB_FORM, webFormIn('IN_PROGRESS'));
    await t.watcher.publish(WEB_FORM, webFormIn('IN_PROGRESS'));
    await t.watcher.publish(WEB_FORM, webFormIn('COMPLETED'));

    expect(t.published.map((p) => [p.topic, p.snapshot.status])).toEqual([
      [`webform:${WEB_FORM_ID}`, 'IN_PROGRESS'],
      [`webform:${WEB_FORM_ID}`, 'COMPLETED'],
    ]);
  });

  it('reports a bus that fails to publish, and keeps going', async () => {
    const t = setUp();
    const watcher = new SnapshotWatcher({
      bus: {
        publish: () => Promise.reject(new Error('bus down')),
        subscribe: () => () => {},
      },
      gate: t.gate,
      pollIntervalMs: 2000,
      now: Date.now,
      onEvent: (event) => t.events.push(event),
    });
    await expect(watcher.publish(WEB_FORM, webFormIn('COMPLETED'))).resolves.toBeUndefined();
    expect(t.events).toEqual([{ type: 'error', error: new Error('bus down') }]);
  });

  it('ends every watcher of a resource that is gone, and has the gate forget it', async () => {
    const t = setUp();
    t.watch();
    t.watch();
    await t.gate.read(WEB_FORM, WEB_FORM_ID, TOKEN_SOURCE);

    t.watcher.end(WEB_FORM, WEB_FORM_ID);

    expect(t.statuses()).toEqual(['NOT_YET_OPENED', 'NOT_YET_OPENED', 'end', 'end']);
    expect(t.watcher.pollerCount).toBe(0);
    expect(t.gate.peek(WEB_FORM, WEB_FORM_ID)).toBeUndefined();
  });

  it('follows a flow nobody watches at the slow pace, until its deadline, with a last look at it', async () => {
    const t = setUp();
    const watcher = new SnapshotWatcher({
      bus: t.bus,
      gate: t.gate,
      pollIntervalMs: 2000,
      unattendedPollMs: 60_000,
      now: Date.now,
      onEvent: () => {},
    });
    watcher.follow(WEB_FORM, WEB_FORM_ID, {
      source: TOKEN_SOURCE,
      until: Date.now() + 150_000,
      callbacks: true,
    });
    expect(watcher.isFollowed(WEB_FORM, WEB_FORM_ID)).toBe(true);

    await vi.advanceTimersByTimeAsync(120_000);
    expect(t.finapi.paths).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(t.finapi.paths).toHaveLength(3);
    expect(watcher.isFollowed(WEB_FORM, WEB_FORM_ID)).toBe(false);
    await vi.advanceTimersByTimeAsync(600_000);
    expect(t.finapi.paths).toHaveLength(3);
  });

  it('polls a watched flow fast only while its callbacks are off or look lost', async () => {
    const t = setUp();
    let lost = false;
    const watcher = new SnapshotWatcher({
      bus: t.bus,
      gate: t.gate,
      pollIntervalMs: 2000,
      unattendedPollMs: 60_000,
      health: {
        get lost() {
          return lost;
        },
        polled: () => {},
      } as unknown as CallbackHealth,
      now: Date.now,
      onEvent: () => {},
    });
    const unwatch = watcher.watch(WEB_FORM, WEB_FORM_ID, TOKEN_SOURCE, () => {}, {
      callbacks: true,
    });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(t.finapi.paths).toHaveLength(1);

    lost = true;
    watcher.reschedule();
    await vi.advanceTimersByTimeAsync(20_000);
    expect(t.finapi.paths).toHaveLength(11);
    unwatch();
    expect(watcher.pollerCount).toBe(0);
  });

  it('skips a poll nobody here watches for when another instance holds its lease', async () => {
    const t = setUp();
    let mine = false;
    const watcher = new SnapshotWatcher({
      bus: t.bus,
      gate: t.gate,
      pollIntervalMs: 2000,
      unattendedPollMs: 60_000,
      claimPoll: async () => mine,
      now: Date.now,
      onEvent: () => {},
    });
    watcher.follow(WEB_FORM, WEB_FORM_ID, {
      source: TOKEN_SOURCE,
      until: Date.now() + 3_600_000,
      callbacks: true,
    });
    await vi.advanceTimersByTimeAsync(180_000);
    expect(t.finapi.paths).toHaveLength(0);
    mine = true;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(t.finapi.paths).toHaveLength(1);
    // A stream here (of a flow without callbacks) polls whoever holds the lease.
    mine = false;
    const unwatch = watcher.watch(WEB_FORM, WEB_FORM_ID, TOKEN_SOURCE, () => {}, {
      callbacks: false,
    });
    await vi.advanceTimersByTimeAsync(2000);
    expect(t.finapi.paths).toHaveLength(2);
    unwatch();
    watcher.close();
  });

  it('leaves the slow poll of a stream to the instance holding the lease, and renews its own', async () => {
    const t = setUp();
    let mine = false;
    let claims = 0;
    const watcher = new SnapshotWatcher({
      bus: t.bus,
      gate: t.gate,
      pollIntervalMs: 2000,
      unattendedPollMs: 60_000,
      claimPoll: async () => {
        claims++;
        return mine;
      },
      now: Date.now,
      onEvent: () => {},
    });
    // Callbacks arrive: the stream is polled at the slow pace, by whoever holds the lease.
    const unwatch = watcher.watch(WEB_FORM, WEB_FORM_ID, TOKEN_SOURCE, () => {}, {
      callbacks: true,
    });
    await vi.advanceTimersByTimeAsync(180_000);
    expect(t.finapi.paths).toHaveLength(0);
    expect(claims).toBe(3);
    mine = true;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(t.finapi.paths).toHaveLength(1);
    expect(claims).toBe(4);
    unwatch();
    watcher.close();
  });
});
