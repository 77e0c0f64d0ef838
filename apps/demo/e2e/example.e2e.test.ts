/**
 * `pnpm example`: the flow engine alone drives a whole round trip (create, open, complete at the
 * simulator, return, the proxy's outcome), with no React and no browser.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const demoRoot = fileURLToPath(new URL('..', import.meta.url));

function runExample(): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('pnpm', ['run', '--silent', 'example'], { cwd: demoRoot });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, output }));
  });
}

test('pnpm example pays an order with the engine alone and ends with the proxy’s outcome', async () => {
  const { code, output } = await runExample();
  expect(output).toContain('event: created');
  expect(output).toContain('event: opened');
  expect(output).toContain('event: returned via success');
  expect(output).toContain('event: outcome completed');
  expect(output).toMatch(/\{ kind: 'completed', resource: 'payment', paymentId: \d+ \}/);
  expect(output).not.toContain('event: error');
  expect(code, output).toBe(0);
});
