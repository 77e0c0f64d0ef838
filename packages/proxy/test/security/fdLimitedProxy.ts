/**
 * The proxy as `descriptorExhaustion.test.ts` runs it in a child process under `ulimit -n 400`:
 * the Node entry with its defaults (so the stream cap is the one it derives from the limit), in
 * front of the in-process fake finAPI (so finAPI costs no descriptor), with rate limits off.
 * Prints `{ url, descriptors }` as one line when it listens; exits when its stdin closes.
 */
import { readFileSync } from 'node:fs';
import { startProxyServer } from '../../src/node.ts';
import { createFakeFinapi, FINAPI_TOKEN } from '../fakeFinapi.ts';

const server = await startProxyServer({
  port: 0,
  getAccessToken: async () => FINAPI_TOKEN,
  finapiUrl: 'https://finapi.test',
  allowedWebFormHosts: ['webform.example.test'],
  sessionSecret: 'descriptor-test-0123456789-ABCDEFGHIJKLM',
  fetch: createFakeFinapi().fetch,
  rateLimit: false,
  anonymousRateLimit: false,
  registerCallbacks: false,
  // Nobody calls back here, and the streams' pollers need not be busy meanwhile.
  pollIntervalMs: 60_000,
});
const limits = readFileSync('/proc/self/limits', 'utf8');
const descriptors = Number(/^Max open files\s+(\d+)/m.exec(limits)?.[1]);
process.stdout.write(`${JSON.stringify({ url: server.url, descriptors })}\n`);
process.stdin.resume();
process.stdin.on('end', () => void server.close().then(() => process.exit(0)));
