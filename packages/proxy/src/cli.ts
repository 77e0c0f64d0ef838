/**
 * Runs the proxy for the demo: `pnpm proxy` (or `pnpm --filter @webform-kit/proxy start`).
 * Against the in-process simulator unless FINAPI_* credentials are set; see `startProxyFromEnv`.
 */
import type { ProxyEvent } from './ProxyEvent.ts';
import { startProxyFromEnv } from './dev.ts';

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
    case 'error':
      console.error(`${time} error`, event.error);
  }
}

let running: Awaited<ReturnType<typeof startProxyFromEnv>>;
try {
  running = await startProxyFromEnv(process.env, { onEvent: log });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

console.log(`webform-kit proxy listening on ${running.url}${running.proxy.basePath}`);
console.log(
  `  mode:      ${running.mode === 'simulator' ? 'simulator (in this process)' : 'finAPI'}`,
);
if (running.simulatorUrl !== undefined) console.log(`  simulator: ${running.simulatorUrl}`);
console.log(`  origins:   ${running.proxy.allowedOrigins.join(', ')}`);
for (const note of running.notes) console.log(`  note:      ${note}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
