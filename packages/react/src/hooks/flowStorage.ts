import { RETURN_VIAS, isNonce, isResourceId, isWebFormKind } from '@webform-kit/core';
import type { ReturnVia } from '@webform-kit/core';
import type { FlowKind, FlowResource, OpenIn } from './flowTypes.ts';

/** How long a started flow may be resumed by default: a bit longer than a web form's 20 minutes. */
export const DEFAULT_MAX_AGE_MS = 30 * 60_000;
/** The `sessionStorage` key of the tab's current flow, unless a hook is given another. */
export const DEFAULT_STORAGE_KEY = 'webform-kit:flow';
/** Prefix of the `localStorage` records that let another tab accept the return, by `state`. */
export const RETURN_RECORD_PREFIX = 'webform-kit:return:';

/**
 * What a tab remembers about its flow: enough to resume after a reload or the trip to the bank
 * and back, and to check a return URL. No URL is stored (the web form URL is fetched again),
 * and the `state` nonce never leaves the origin's storage.
 */
export interface FlowRecord {
  v: 1;
  id: string;
  resource: FlowResource;
  kind: FlowKind;
  /** The nonce the return URLs carry. */
  state: string;
  /** `Date.now()` when the flow created its web form or task. */
  startedAt: number;
  openIn: OpenIn;
  /** `open()` sent the user to the web form (its one-time URL is used up). */
  opened: boolean;
  /** A return URL for this flow was accepted. */
  returnedAt?: number | undefined;
  /** Which way that return URL said the user came back (a hint only). */
  via?: ReturnVia | undefined;
  /** The flow reached a final outcome; a later return URL for it is a replay. */
  finishedAt?: number | undefined;
}

type StorageName = 'sessionStorage' | 'localStorage';

// Reading window.sessionStorage throws (SecurityError) where storage is disabled, and
// setItem throws when the quota is full: every access degrades to "nothing stored".
function storageOf(name: StorageName): Storage | null {
  try {
    if (typeof window === 'undefined') return null;
    return window[name] ?? null;
  } catch {
    return null;
  }
}

function read(name: StorageName, key: string): unknown {
  try {
    const text = storageOf(name)?.getItem(key);
    return text == null ? null : (JSON.parse(text) as unknown);
  } catch {
    return null;
  }
}

function write(name: StorageName, key: string, value: unknown): boolean {
  try {
    const storage = storageOf(name);
    if (storage === null) return false;
    storage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

function remove(name: StorageName, key: string): void {
  try {
    storageOf(name)?.removeItem(key);
  } catch {
    // Nothing to do: a record that cannot be removed expires by age.
  }
}

const optionalTime = (value: unknown) =>
  value === undefined || (typeof value === 'number' && Number.isFinite(value));

/** A stored record, checked field by field: storage is outside input like any other. */
export function parseFlowRecord(value: unknown): FlowRecord | null {
  if (value === null || typeof value !== 'object') return null;
  const r = value as Record<string, unknown>;
  const valid =
    r.v === 1 &&
    isResourceId(r.id) &&
    (r.resource === 'web-form' || r.resource === 'task') &&
    (r.kind === 'background-update' || isWebFormKind(r.kind)) &&
    (r.kind === 'background-update') === (r.resource === 'task') &&
    isNonce(r.state) &&
    typeof r.startedAt === 'number' &&
    Number.isFinite(r.startedAt) &&
    (r.openIn === 'same-tab' || r.openIn === 'new-tab') &&
    typeof r.opened === 'boolean' &&
    optionalTime(r.returnedAt) &&
    (r.via === undefined || (RETURN_VIAS as readonly unknown[]).includes(r.via)) &&
    optionalTime(r.finishedAt);
  if (!valid) return null;
  return {
    v: 1,
    id: r.id as string,
    resource: r.resource as FlowResource,
    kind: r.kind as FlowKind,
    state: r.state as string,
    startedAt: r.startedAt as number,
    openIn: r.openIn as OpenIn,
    opened: r.opened as boolean,
    returnedAt: r.returnedAt as number | undefined,
    via: r.via as ReturnVia | undefined,
    finishedAt: r.finishedAt as number | undefined,
  };
}

/** Whether a record is young enough to act on (a clock set back does not make it young). */
export function isFresh(record: FlowRecord, now: number, maxAgeMs: number): boolean {
  const age = now - record.startedAt;
  return age >= -60_000 && age <= maxAgeMs;
}

/** The tab's current flow, or `null` (none, unreadable, or storage unavailable). */
export function readFlowRecord(storageKey: string): FlowRecord | null {
  return parseFlowRecord(read('sessionStorage', storageKey));
}

function sweepReturnRecords(now: number): void {
  try {
    const storage = storageOf('localStorage');
    if (storage === null) return;
    const stale: string[] = [];
    for (let i = 0; i < storage.length; i += 1) {
      const key = storage.key(i);
      if (key === null || !key.startsWith(RETURN_RECORD_PREFIX)) continue;
      const value = read('localStorage', key) as { expiresAt?: unknown } | null;
      if (typeof value?.expiresAt !== 'number' || value.expiresAt < now) stale.push(key);
    }
    for (const key of stale) storage.removeItem(key);
  } catch {
    // Sweeping is housekeeping; the age check on read is what matters.
  }
}

/**
 * Stores a flow: always in this tab's `sessionStorage`, and with `crossTab` also in
 * `localStorage` under its `state`, with an expiry, so that a return landing in another tab (a
 * new-tab flow, or a link opened with noopener, whose tab gets no copy of sessionStorage) can be
 * checked. Returns whether the session copy was written.
 */
export function saveFlowRecord(
  storageKey: string,
  record: FlowRecord,
  options: { crossTab: boolean; maxAgeMs: number },
): boolean {
  const saved = write('sessionStorage', storageKey, record);
  if (options.crossTab) {
    const now = Date.now();
    sweepReturnRecords(now);
    write('localStorage', RETURN_RECORD_PREFIX + record.state, {
      ...record,
      expiresAt: record.startedAt + options.maxAgeMs,
    });
  }
  return saved;
}

/** Forgets a flow in this tab and across tabs. */
export function clearFlowRecord(storageKey: string, record: FlowRecord | null): void {
  const current = readFlowRecord(storageKey);
  if (record === null || current === null || current.state === record.state) {
    remove('sessionStorage', storageKey);
  }
  if (record !== null) remove('localStorage', RETURN_RECORD_PREFIX + record.state);
}

/**
 * Forgets this tab's flow once the user has moved on from its outcome, so the next mount starts a
 * new one. The cross-tab record stays (it expires by itself): a replay of the old return URL is
 * still recognised as stale rather than taken for a new return.
 */
export function dismissFlowRecord(storageKey: string, record: FlowRecord | null): void {
  const current = readFlowRecord(storageKey);
  if (current !== null && (record === null || current.state === record.state)) {
    remove('sessionStorage', storageKey);
  }
}

/**
 * The stored flow a return URL's `state` belongs to: this tab's own first, then the cross-tab
 * record. `null` when no flow in this browser carries that state.
 */
export function findFlowRecordByState(storageKey: string, state: string): FlowRecord | null {
  const own = readFlowRecord(storageKey);
  if (own !== null && own.state === state) return own;
  const shared = parseFlowRecord(read('localStorage', RETURN_RECORD_PREFIX + state));
  return shared !== null && shared.state === state ? shared : null;
}
