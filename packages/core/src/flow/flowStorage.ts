import type { FlowEnvironment, FlowStorageArea } from './FlowEnvironment.ts';
import { DEFAULT_STORAGE_KEY, RETURN_RECORD_PREFIX, parseFlowRecord } from './FlowRecord.ts';
import type { FlowRecord } from './FlowRecord.ts';

type AreaName = 'sessionStorage' | 'localStorage';

/** Where one flow is remembered: this tab's record under its key, and the cross-tab copies. */
export interface FlowStorage {
  /** The tab's current flow, or `null` (none, unreadable, or storage unavailable). */
  read(): FlowRecord | null;
  /**
   * Stores a flow: always in this tab's `sessionStorage`, and with `crossTab` also in
   * `localStorage` under its `state`, with an expiry, so that a return landing in another tab (a
   * new-tab flow, or a link opened with noopener, whose tab gets no copy of sessionStorage) can
   * be checked.
   */
  save(record: FlowRecord, crossTab: boolean): void;
  /** Forgets a flow in this tab and across tabs. */
  clear(record: FlowRecord | null): void;
  /**
   * Forgets this tab's flow once the user has moved on from its outcome, so the next flow starts
   * anew. The cross-tab record stays (it expires by itself): a replay of the old return URL is
   * still recognised as stale rather than taken for a new return.
   */
  dismiss(record: FlowRecord | null): void;
  /** The stored flow a return URL's `state` belongs to: this tab's own first, then the shared one. */
  findByState(state: string): FlowRecord | null;
}

/**
 * The flow's storage. Storage can be missing, refused (SecurityError) or full (QuotaExceeded):
 * every access then degrades to "nothing stored", which only loses the resuming.
 *
 * @example
 * const storage = createFlowStorage(resolveEnvironment(), DEFAULT_STORAGE_KEY, DEFAULT_MAX_AGE_MS);
 * const resumed = storage.read();
 */
export function createFlowStorage(
  env: FlowEnvironment,
  storageKey: string,
  maxAgeMs: number,
): FlowStorage {
  const attempt = <T>(name: AreaName, use: (area: FlowStorageArea) => T, fallback: T): T => {
    try {
      const area = env.storage(name);
      return area === null ? fallback : use(area);
    } catch {
      return fallback;
    }
  };
  const read = (name: AreaName, key: string): unknown =>
    attempt(name, (area) => JSON.parse(area.getItem(key) ?? 'null') as unknown, null);
  const write = (name: AreaName, key: string, value: unknown) =>
    attempt(name, (area) => area.setItem(key, JSON.stringify(value)), undefined);
  const remove = (name: AreaName, key: string) =>
    attempt(name, (area) => area.removeItem(key), undefined);
  const own = () => parseFlowRecord(read('sessionStorage', storageKey));

  // Housekeeping: the age check on read is what matters, so a failure here changes nothing.
  const sweep = (now: number) =>
    attempt(
      'localStorage',
      (area) => {
        const stale: string[] = [];
        for (let i = 0; i < (area.length ?? 0); i += 1) {
          const key = area.key?.(i);
          if (key == null || !key.startsWith(RETURN_RECORD_PREFIX)) continue;
          const value = read('localStorage', key) as { expiresAt?: unknown } | null;
          if (typeof value?.expiresAt !== 'number' || value.expiresAt < now) stale.push(key);
        }
        for (const key of stale) area.removeItem(key);
      },
      undefined,
    );

  return {
    read: own,
    save(record, crossTab) {
      write('sessionStorage', storageKey, record);
      if (!crossTab) return;
      sweep(env.now());
      // Without `key`: it holds the flow's input, which has no business outliving the tab.
      const { key: _key, ...shared } = record;
      write('localStorage', RETURN_RECORD_PREFIX + record.state, {
        ...shared,
        expiresAt: record.startedAt + maxAgeMs,
      });
    },
    clear(record) {
      const current = own();
      if (record === null || current === null || current.state === record.state) {
        remove('sessionStorage', storageKey);
      }
      if (record !== null) remove('localStorage', RETURN_RECORD_PREFIX + record.state);
    },
    dismiss(record) {
      const current = own();
      if (current !== null && (record === null || current.state === record.state)) {
        remove('sessionStorage', storageKey);
      }
    },
    findByState(state) {
      const mine = own();
      if (mine !== null && mine.state === state) return mine;
      const shared = parseFlowRecord(read('localStorage', RETURN_RECORD_PREFIX + state));
      return shared !== null && shared.state === state ? shared : null;
    },
  };
}

/** A flow this tab stored, with the key it is stored under. */
export interface TabFlow {
  key: string;
  record: FlowRecord;
}

/**
 * Every flow this tab stored under the kit's own keys (`webform-kit:flow` and
 * `webform-kit:flow:{kind}:{input}`), for the return route, which does not know the flow's
 * input: it finds the flow by the return URL's `state`. Unreadable records are skipped, and
 * storage that cannot be listed or read gives none.
 *
 * @example
 * const mine = listTabFlows(resolveEnvironment()).find(({ record }) => record.state === state);
 */
export function listTabFlows(env: FlowEnvironment): TabFlow[] {
  try {
    const area = env.storage('sessionStorage');
    if (area === null) return [];
    const keys: string[] = [];
    for (let i = 0; i < (area.length ?? 0); i += 1) {
      const key = area.key?.(i);
      if (key === DEFAULT_STORAGE_KEY || key?.startsWith(`${DEFAULT_STORAGE_KEY}:`)) keys.push(key);
    }
    return keys.flatMap((key) => {
      let record: FlowRecord | null = null;
      try {
        record = parseFlowRecord(JSON.parse(area.getItem(key) ?? 'null'));
      } catch {
        // Not JSON: not a record of the kit's.
      }
      return record === null ? [] : [{ key, record }];
    });
  } catch {
    return [];
  }
}
