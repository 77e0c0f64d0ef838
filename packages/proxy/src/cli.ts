#!/usr/bin/env node
/**
 * Runs the proxy for development: `pnpm proxy` (or `pnpm --filter @webform-kit/proxy start`).
 * Against the in-process simulator (or the one at SIMULATOR_URL) unless FINAPI_* credentials are
 * set, with its flows in memory or on the Redis at REDIS_URL; see `startProxyFromEnv`.
 * It creates every kind from the browser's body as sent (`trustBrowserInput`), payments too, and
 * says so: a development tool, never a shop's or a bank's backend.
 */
import { trustBrowserInput } from './flows/prepare.ts';
import type { ProxyEvent } from './ProxyEvent.ts';
import type { RedisBackendEvent } from './redis/RedisBackendEvent.ts';
import { startProxyFromEnv } from './dev.ts';
import { describeProxyProblem } from './launch/logProxyProblem.ts';

function log(event: ProxyEvent): void {
  const time = new Date().toISOString().slice(11, 23);
  switch (event.type) {
    case 'finapi-request':
      if (typeof event.status !== 'number' || event.status >= 400) {
        console.log(
          `${time} finAPI ${event.method} ${event.path} -> ${event.status} (${event.durationMs} ms, ${event.requestId})`,
        );
      }
      return;
    case 'callback':
      console.log(
        `${time} callback ${event.resource} ${event.id ?? '?'} ${event.accepted ? 'accepted' : 'refused'}${event.reason ? `: ${event.reason}` : ''}`,
      );
      return;
    case 'poll-error':
      console.log(`${time} poll ${event.resource} ${event.id} failed: ${event.code}`);
      return;
    case 'outcome':
      if (!event.delivered) console.log(`${time} onOutcome ${event.resource} ${event.id} failed`);
      return;
    case 'refused':
    case 'finapi-invalid-response':
      console.error(`${time} ${describeProxyProblem(event) ?? event.type}`);
      return;
    case 'warning':
      console.log(`${time} warning ${event.code}: ${event.message}`);
      return;
    case 'error':
      console.error(`${time} error`, event.error);
  }
}

function logRedis(event: RedisBackendEvent): void {
  const time = new Date().toISOString().slice(11, 23);
  if (event.state === 'ready') console.log(`${time} redis ${event.connection} connection ready`);
  else {
    const reason = event.error instanceof Error ? event.error.message : String(event.error);
    console.error(`${time} redis ${event.connection} connection lost: ${reason}`);
  }
}

let running: Awaited<ReturnType<typeof startProxyFromEnv>>;
try {
  running = await startProxyFromEnv(process.env, {
    onEvent: log,
    onRedisEvent: logRedis,
    prepare: trustBrowserInput,
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

console.log(`webform-kit proxy listening on ${running.url}${running.proxy.basePath}`);
console.log(
  `  mode:      ${running.mode === 'simulator' ? 'simulator (in this process)' : 'finAPI'}`,
);
if (running.simulatorUrl !== undefined) console.log(`  simulator: ${running.simulatorUrl}`);
console.log(`  store:     ${running.store}`);
console.log(`  origins:   ${running.proxy.allowedOrigins.join(', ')}`);
console.log(
  "  prepare:   trustBrowserInput: every kind, payments too, is created from the browser's body as " +
    'sent (development only; an app decides amounts and recipients in its own prepare)',
);
for (const note of running.notes) console.log(`  note:      ${note}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
