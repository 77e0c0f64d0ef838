/**
 * A clock for benchmarks that measure per minute without waiting minutes: replaces the global
 * timers (setTimeout, setInterval and their clear functions) with ones that fire as `advance`
 * moves virtual time on. Real asynchronous work (Web Crypto, promises) gets real turns of the
 * event loop between timers. Benchmark use only: it patches globals until `uninstall`.
 */
export interface VirtualClock {
  now(): number;
  /** Moves virtual time on by `ms`, firing every timer due on the way, in order. */
  advance(ms: number): Promise<void>;
  uninstall(): void;
}

interface VirtualTimer {
  at: number;
  run: () => void;
  every: number | undefined;
}

export function installVirtualClock(start = Date.UTC(2026, 0, 5, 9)): VirtualClock {
  const real = {
    setTimeout: globalThis.setTimeout,
    clearTimeout: globalThis.clearTimeout,
    setInterval: globalThis.setInterval,
    clearInterval: globalThis.clearInterval,
  };
  let now = start;
  let lastId = 0;
  const timers = new Map<number, VirtualTimer>();
  const handle = (id: number) => ({
    id,
    unref() {
      return this;
    },
    ref() {
      return this;
    },
    hasRef: () => false,
    [Symbol.toPrimitive]: () => id,
  });
  const add = (fn: (...args: unknown[]) => void, ms: unknown, args: unknown[], every: boolean) => {
    const delay = Math.max(0, Number(ms) || 0);
    const id = ++lastId;
    timers.set(id, {
      at: now + delay,
      run: () => fn(...args),
      every: every ? Math.max(1, delay) : undefined,
    });
    return handle(id);
  };
  const clear = (timer: unknown) => {
    if (timer === undefined || timer === null) return;
    timers.delete(typeof timer === 'object' ? (timer as { id: number }).id : Number(timer));
  };
  const patched = globalThis as unknown as Record<string, unknown>;
  patched.setTimeout = (fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) =>
    add(fn, ms, args, false);
  patched.setInterval = (fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) =>
    add(fn, ms, args, true);
  patched.clearTimeout = clear;
  patched.clearInterval = clear;

  const turn = () => new Promise((resolve) => setImmediate(resolve));
  return {
    now: () => now,
    async advance(ms) {
      const end = now + ms;
      for (;;) {
        for (let i = 0; i < 5; i++) await turn();
        let next: [number, VirtualTimer] | undefined;
        for (const entry of timers) {
          if (entry[1].at <= end && (next === undefined || entry[1].at < next[1].at)) next = entry;
        }
        if (next === undefined) break;
        const [id, timer] = next;
        now = Math.max(now, timer.at);
        if (timer.every === undefined) timers.delete(id);
        else timer.at = now + timer.every;
        timer.run();
      }
      now = end;
    },
    uninstall() {
      Object.assign(globalThis, real);
    },
  };
}
