import type { FinapiClient } from './finapi/createFinapiClient.ts';
import type { FlowKeeper } from './flows/FlowKeeper.ts';
import type { PrepareFlow } from './flows/prepare.ts';
import type { ProxyEvent } from './ProxyEvent.ts';
import type { RateLimiter } from './createRateLimiter.ts';
import type { Signer } from './createSigner.ts';
import type { StreamLimiter } from './createStreamLimiter.ts';
import type { AccessTokenContext } from './options.ts';
import type { CompleteStore } from './records/completeStore.ts';
import type { SessionCookie } from './sessionCookie.ts';
import type { CallbackHealth } from './snapshots/CallbackHealth.ts';
import type { ReadGate } from './snapshots/ReadGate.ts';
import type { SnapshotWatcher } from './snapshots/SnapshotWatcher.ts';
import type { TokenSource } from './snapshots/TokenSource.ts';

/** What the middleware and routes of one proxy share, built once by `createWebFormProxy`. */
export interface ProxyContext {
  readonly basePath: string;
  readonly publicUrl: string;
  readonly allowedOrigins: ReadonlySet<string>;
  /** The `Host` values the proxy answers, as `hostKey` spells them. */
  readonly allowedHosts: ReadonlySet<string>;
  /** Open event streams at most, across all sessions. */
  readonly maxEventStreams: number;
  readonly maxBodyBytes: number;
  readonly registerCallbacks: boolean;
  /** The app's `prepare`, or the default (pass-through for bank connections, 403 for payments). */
  readonly prepare: PrepareFlow;
  readonly referenceTtlMs: number;
  /** How long flow records and delivered markers are kept: past every reference and retry. */
  readonly recordTtlMs: number;
  readonly finapiTimeoutMs: number;
  /** Every read of finAPI goes through it: coalesced, spaced, cached. */
  readonly gate: ReadGate;
  /** Publishes what the proxy learns, feeds this instance's event streams, polls behind callbacks. */
  readonly watcher: SnapshotWatcher;
  /** The flows the proxy created: their records, their following, their outcomes. */
  readonly flows: FlowKeeper;
  /** Whether callbacks look lost; hears every verified callback. */
  readonly health: CallbackHealth;
  readonly finapi: FinapiClient;
  readonly store: CompleteStore;
  readonly signer: Signer;
  readonly sessions: SessionCookie;
  /** Requests of established sessions, per session. */
  readonly limiter: RateLimiter | undefined;
  /** Requests without an established session, per client (`clientKey`). */
  readonly anonymousLimiter: RateLimiter | undefined;
  /** The app's `clientKey`, made safe: a usable key, or `undefined`. */
  clientKey(request: Request): string | undefined;
  readonly streams: StreamLimiter;
  now(): number;
  emit(event: ProxyEvent): void;
  /** The finAPI token for a request, with any failure turned into a proxy error. */
  tokenSource(request: Request, context: AccessTokenContext): TokenSource;
}
