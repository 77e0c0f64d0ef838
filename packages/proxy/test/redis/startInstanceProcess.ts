import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

/** A proxy instance in a process of its own, so a test can kill it with SIGKILL. */
export interface InstanceProcess {
  readonly child: ChildProcess;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  /** Kills it without a word (SIGKILL) and resolves once it is gone. */
  kill(): Promise<void>;
}

/**
 * Runs `script` (TypeScript, through tsx, with the workspace's `source` condition) with `env` on
 * top of this process's, and resolves once its output matches `ready` (for the CLI: its last start
 * line, `prepare:`). Rejects with what it printed when it exits first or takes over 30 s.
 *
 * @example
 * const a = await startInstanceProcess(CLI, { PORT: '0', REDIS_URL: redis.url }, /prepare:/);
 * await a.kill();
 */
export async function startInstanceProcess(
  script: string,
  env: Record<string, string>,
  ready: RegExp,
): Promise<InstanceProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => (output += chunk));
  child.stderr.on('data', (chunk: string) => (output += chunk));
  const kill = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGKILL');
    await exited;
  };
  await new Promise<void>((resolve, reject) => {
    const done = (error?: Error) => {
      clearTimeout(timer);
      child.stdout.off('data', check);
      child.off('exit', exited);
      if (error === undefined) resolve();
      else reject(error);
    };
    const check = () => {
      if (ready.test(output)) done();
    };
    const exited = () => done(new Error(`${script} exited before it was ready:\n${output}`));
    const timer = setTimeout(() => {
      void kill();
      done(new Error(`${script} was not ready within 30 s:\n${output}`));
    }, 30_000);
    child.stdout.on('data', check);
    child.once('exit', exited);
  });
  return { child, output: () => output, kill };
}
