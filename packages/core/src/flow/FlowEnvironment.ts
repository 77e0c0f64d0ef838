/**
 * Everything the flow engine needs from a browser, so that it runs anywhere (a test, a server, a
 * script driving a round trip) and never touches `window` at import. Every default reads the
 * global when it is called, not before: SSR safe, and a test may replace a global at any time.
 *
 * @example
 * const session = createMemoryStorage();
 * const local = createMemoryStorage();
 * const env: Partial<FlowEnvironment> = {
 *   storage: (name) => (name === 'sessionStorage' ? session : local),
 *   assign: (url) => console.log('go to', url),
 * };
 */
export interface FlowEnvironment {
  /** `sessionStorage` or `localStorage`; `null` where there is none or it is refused. */
  storage(name: 'sessionStorage' | 'localStorage'): FlowStorageArea | null;
  /** `window.open(url, '_blank')`: `null` when a popup blocker refused it. */
  open(url: string): unknown;
  /** `location.assign(url)`: leaves the page. */
  assign(url: string): void;
  /** The page's address (`location.href`), `''` without one. */
  href(): string;
  /** `history.replaceState(history.state, '', url)`. */
  replaceState(url: string): void;
  /** Whether a script opened this tab (`window.opener`). */
  hasOpener(): boolean;
  /** `window.close()`; browsers allow it only for tabs a script opened. */
  close(): void;
  /** The `BroadcastChannel` constructor, if there is one. */
  BroadcastChannel(): typeof BroadcastChannel | undefined;
  /** The `EventSource` constructor, if there is one. */
  EventSource(): typeof EventSource | undefined;
  /** The clock, in ms since the epoch. */
  now(): number;
}

/** The part of the Web Storage API the flow uses; a `Map` can stand in for it. */
export type FlowStorageArea = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> &
  Partial<Pick<Storage, 'key' | 'length'>>;

// Looked up on globalThis, where a server has none of them (and a test may stub any).
const web: Partial<typeof globalThis> = globalThis;

/** The browser's own APIs, each looked up when it is used. */
export const browserEnvironment: FlowEnvironment = {
  storage: (name) => web[name] ?? null,
  open: (url) => web.open?.(url, '_blank'),
  assign: (url) => web.location?.assign(url),
  href: () => web.location?.href ?? '',
  replaceState: (url) => web.history?.replaceState(web.history.state, '', url),
  hasOpener: () => typeof web.opener === 'object' && web.opener !== null,
  close: () => web.close?.(),
  BroadcastChannel: () => web.BroadcastChannel,
  EventSource: () => web.EventSource,
  now: () => Date.now(),
};

/** The browser's APIs with the given ones in their place. */
export function resolveEnvironment(given: Partial<FlowEnvironment> = {}): FlowEnvironment {
  return { ...browserEnvironment, ...given };
}
