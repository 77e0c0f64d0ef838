/** How often, at most, a {@link SweptMap} looks for idle entries. */
const SWEEP_EVERY_MS = 10_000;

/**
 * A map whose idle entries are dropped in a sweep, run from `entry()` at most every 10 s, so its
 * memory follows what is in use without a timer of its own.
 *
 * @example
 * const reads = new SweptMap<Read>(Date.now, (read, now) => now - read.at > 60_000);
 * const read = reads.entry('web-form:abc', () => ({ at: Date.now() }));
 */
export class SweptMap<V> {
  readonly #entries = new Map<string, V>();
  readonly #now: () => number;
  readonly #isIdle: (value: V, now: number) => boolean;
  #lastSweep: number;

  constructor(now: () => number, isIdle: (value: V, now: number) => boolean) {
    this.#now = now;
    this.#isIdle = isIdle;
    this.#lastSweep = now();
  }

  /** The entry under `key`, made with `create` if there is none (after sweeping when due). */
  entry(key: string, create: () => V): V {
    this.#sweep();
    let value = this.#entries.get(key);
    if (value === undefined) {
      value = create();
      this.#entries.set(key, value);
    }
    return value;
  }

  get(key: string): V | undefined {
    return this.#entries.get(key);
  }

  delete(key: string): void {
    this.#entries.delete(key);
  }

  values(): IterableIterator<V> {
    return this.#entries.values();
  }

  #sweep(): void {
    const now = this.#now();
    if (now - this.#lastSweep < SWEEP_EVERY_MS) return;
    this.#lastSweep = now;
    for (const [key, value] of this.#entries) {
      if (this.#isIdle(value, now)) this.#entries.delete(key);
    }
  }
}
