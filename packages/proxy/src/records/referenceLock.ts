import { randomToken } from '../base64url.ts';
import { WebFormProxyError } from '../WebFormProxyError.ts';
import type { CompleteStore } from './completeStore.ts';
import { referenceKey } from './referenceRecords.ts';

export interface ReferenceLockOptions {
  /** How long the lock holds at most, should its holder die: past the longest creation. */
  ttlMs: number;
  /** How long a request waits for another request's creation before giving up (`503 FLOW_BUSY`). */
  waitMs: number;
  now: () => number;
}

// A waiting request looks again soon (a double click's twin is done within milliseconds), then
// less often.
const FIRST_LOOK_MS = 10;
const LONGEST_LOOK_MS = 200;

/**
 * Runs `work` holding the lock of a `(kind, reference)`, so concurrent creations for one
 * reference make exactly one finAPI creation: the lock is the store's `setIfAbsent` (Redis
 * `SET NX PX`), atomic across instances, and released with `deleteIfValue`, so a holder that
 * outlived its lock never releases the next holder's. A request that finds the lock taken waits
 * for it, bounded by `waitMs`, then decides afresh, seeing what the holder created.
 *
 * @example
 * await withReferenceLock(store, 'standalone-payment', 'order-1042', options, () => decideAndCreate());
 */
export async function withReferenceLock<T>(
  store: CompleteStore,
  kind: string,
  reference: string,
  options: ReferenceLockOptions,
  work: () => Promise<T>,
): Promise<T> {
  const key = `lock:${referenceKey(kind, reference)}`;
  const token = randomToken(12);
  const giveUpAt = options.now() + options.waitMs;
  for (let look = FIRST_LOOK_MS; !(await store.setIfAbsent(key, token, options.ttlMs));) {
    if (options.now() >= giveUpAt) {
      throw new WebFormProxyError(
        503,
        'FLOW_BUSY',
        'Another request is creating this flow right now; try again in a moment',
        { 'retry-after': '1' },
      );
    }
    await new Promise((resolve) => setTimeout(resolve, look));
    look = Math.min(LONGEST_LOOK_MS, look * 2);
  }
  try {
    return await work();
  } finally {
    await store.deleteIfValue(key, token);
  }
}
