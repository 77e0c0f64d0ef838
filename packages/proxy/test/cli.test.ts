import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PAYMENT_BODY } from './orderBook.ts';

const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));

describe('pnpm proxy (src/cli.ts)', () => {
  it('says at start that it creates every kind from the browser body, and does', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', CLI], {
      env: { ...process.env, PORT: '0', SIMULATOR_PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let output = '';
      child.stdout.setEncoding('utf8');
      child.stderr.setEncoding('utf8');
      child.stderr.on('data', (chunk: string) => (output += chunk));
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no start line:\n${output}`)), 20_000);
        child.stdout.on('data', (chunk: string) => {
          output += chunk;
          if (output.includes('prepare:')) {
            clearTimeout(timer);
            resolve();
          }
        });
        child.once('exit', () => reject(new Error(`the CLI exited:\n${output}`)));
      });
      expect(output).toMatch(/prepare: +trustBrowserInput: every kind, payments too/);
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)\/api/.exec(output)?.[1];
      const response = await fetch(`${url}/api/webforms/standalone-payment`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(PAYMENT_BODY),
      });
      expect(response.status).toBe(201);
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  }, 30_000);

  it('prints a refused request with its reason', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', CLI], {
      env: { ...process.env, PORT: '0', SIMULATOR_PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let output = '';
      const waitFor = (pattern: RegExp, what: string) =>
        new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`no ${what}:\n${output}`)), 20_000);
          const check = () => {
            if (!pattern.test(output)) return;
            clearTimeout(timer);
            resolve();
          };
          child.stdout.on('data', check);
          child.stderr.on('data', check);
          check();
          child.once('exit', () => reject(new Error(`the CLI exited:\n${output}`)));
        });
      child.stdout.setEncoding('utf8');
      child.stderr.setEncoding('utf8');
      child.stdout.on('data', (chunk: string) => (output += chunk));
      child.stderr.on('data', (chunk: string) => (output += chunk));
      await waitFor(/prepare:/, 'start line');
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)\/api/.exec(output)?.[1];
      const response = await fetch(`${url}/api/webforms/bank-connection-import`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'https://other-app.example' },
        body: '{}',
      });
      expect(response.status).toBe(403);
      await waitFor(/refused ORIGIN_NOT_ALLOWED/, 'refusal line');
      expect(output).toMatch(
        /refused ORIGIN_NOT_ALLOWED \(Origin https:\/\/other-app\.example\): if that is your app, add it to allowedOrigins/,
      );
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  }, 30_000);
});
