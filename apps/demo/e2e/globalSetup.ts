/**
 * Starts the demo once for every end-to-end test file: the production build (`vite build` +
 * `vite preview`, what users get, and steadier than the dev server's on-demand transforms) with
 * the proxy and the simulator behind it, on free loopback ports. Test files run in workers and cannot reach this process's objects, so a small loopback
 * control server lets them take the proxy away and bring it back, and read what the proxy
 * reported: its finAPI requests (to prove that no second web form was created) and callbacks.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startDemo } from '../server/startDemo.ts';
import { ARTIFACTS_DIR } from './support/artifacts.ts';
import type { DemoEndpoints, ProxyLogEntry } from './support/demoControl.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    demo: DemoEndpoints;
  }
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve(`http://127.0.0.1:${port}`);
    });
  });
}

export default async function setup(project: TestProject) {
  await rm(ARTIFACTS_DIR, { recursive: true, force: true });
  const proxyLog: ProxyLogEntry[] = [];
  // A build of our own: apps/demo/dist may be rebuilt (and emptied) by other runs meanwhile.
  const outDir = await mkdtemp(join(tmpdir(), 'webform-kit-e2e-'));
  const demo = await startDemo({
    port: 0,
    proxyPort: 0,
    simulatorPort: 0,
    preview: true,
    outDir,
    onEvent(event) {
      if (event.type === 'finapi-request') {
        const { method, path, status } = event;
        proxyLog.push({ type: 'finapi-request', method, path, status });
      } else if (event.type === 'callback') {
        const { resource, id, accepted } = event;
        proxyLog.push({ type: 'callback', resource, id, accepted });
      }
    },
  });

  const control = createServer((request, response) => {
    const answer = (action: Promise<unknown>) =>
      action.then(
        (body) => {
          response.writeHead(200, { 'content-type': 'application/json' });
          response.end(JSON.stringify(body ?? null));
        },
        (error: unknown) => {
          response.writeHead(500, { 'content-type': 'text/plain' });
          response.end(String(error));
        },
      );
    const route = `${request.method} ${request.url}`;
    if (route === 'POST /proxy/stop') return void answer(demo.stopProxy());
    if (route === 'POST /proxy/restart') return void answer(demo.restartProxy());
    if (route === 'GET /proxy-log') return void answer(Promise.resolve(proxyLog));
    response.writeHead(404).end();
  });
  const controlUrl = await listen(control);

  project.provide('demo', {
    appUrl: demo.url,
    proxyUrl: demo.proxyUrl,
    simulatorUrl: demo.simulatorUrl,
    controlUrl,
  });

  return async () => {
    control.closeAllConnections();
    await new Promise((resolve) => control.close(resolve));
    await demo.close();
    await rm(outDir, { recursive: true, force: true });
  };
}
