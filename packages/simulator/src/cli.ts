#!/usr/bin/env node
/**
 * Starts the simulator on 127.0.0.1:$SIMULATOR_PORT (default 8788):
 * `pnpm --filter @webform-kit/simulator start`.
 */
import { DEFAULT_CLIENTS, DEFAULT_USERS } from './createSimulator.ts';
import { DEFAULT_SIMULATOR_PORT, startSimulatorServer } from './node.ts';

const port = Number(process.env['SIMULATOR_PORT'] ?? DEFAULT_SIMULATOR_PORT);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`SIMULATOR_PORT must be a port number, not ${process.env['SIMULATOR_PORT']}`);
  process.exit(1);
}

const server = await startSimulatorServer({ port });
const client = DEFAULT_CLIENTS[0];
const user = DEFAULT_USERS[0];
console.log(`finAPI Web Form 2.0 simulator listening on ${server.url}`);
console.log(`  token:    POST ${server.url}/api/v2/oauth/token`);
console.log(`  client:   ${client?.clientId} / ${client?.clientSecret}`);
console.log(`  user:     ${user?.username} / ${user?.password}`);
console.log(`  scenario: ${server.url}/__simulator/scenario`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
