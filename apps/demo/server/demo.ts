/**
 * `pnpm demo` (and `pnpm demo:preview` with `--preview`): the app at http://localhost:5173 with
 * the proxy and the finAPI simulator behind it, on loopback. Set FINAPI_* to use finAPI's sandbox
 * instead of the simulator (see packages/proxy/README.md).
 */
import { startDemo } from './startDemo.ts';

const previewMode = process.argv.includes('--preview');
// `--instances=2`: the proxy as two instances on Redis behind HAProxy (see startDemo).
const instances = Number(
  process.argv.find((arg) => arg.startsWith('--instances='))?.split('=')[1] ?? 1,
);
const demo = await startDemo({
  preview: previewMode,
  port: Number(process.env.DEMO_PORT ?? 5173),
  log: process.argv.includes('--log'),
  instances,
});
console.log(`webform-kit demo (${previewMode ? 'production build' : 'dev server'})`);
console.log(`  app        ${demo.url}`);
console.log(
  `  proxy      ${demo.proxyUrl}${instances > 1 ? ` (HAProxy in front of ${demo.instances.map((i) => `${i.name} ${i.url}`).join(', ')})` : ''}`,
);
if (demo.simulatorUrl) console.log(`  simulator  ${demo.simulatorUrl} (finAPI stand-in)`);
console.log('Press Ctrl+C to stop.');

let closing = false;
const stop = () => {
  if (closing) return;
  closing = true;
  demo.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
