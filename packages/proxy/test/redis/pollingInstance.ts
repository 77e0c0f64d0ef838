/**
 * A proxy instance for the lease test, in a process of its own: the CLI's setup
 * (`startProxyFromEnv` with REDIS_URL and SIMULATOR_URL) with the safety poll at its fastest
 * (1 s, so its lease lapses 2 s after its holder dies), and one line on stdout for each finAPI
 * read it makes (`finapi GET ...`) and each outcome it delivers (`onOutcome <id> <status>`), for
 * the test to see which instance polls and which delivers.
 */
import { startProxyFromEnv } from '../../src/dev.ts';
import { trustBrowserInput } from '../../src/flows/prepare.ts';

const running = await startProxyFromEnv(process.env, {
  prepare: trustBrowserInput,
  unattendedPollMs: 1000,
  onEvent: (event) => {
    if (event.type === 'finapi-request' && event.method === 'GET') {
      console.log(`finapi GET ${event.path} -> ${event.status}`);
    }
  },
  onOutcome: ({ id, snapshot }) => {
    console.log(`onOutcome ${id} ${snapshot.status}`);
  },
});
console.log(`listening on ${running.url}`);
process.once('SIGTERM', () => void running.close().then(() => process.exit(0)));
