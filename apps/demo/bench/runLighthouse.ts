import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../e2e/support/launchChromium.ts';

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  /** Milliseconds, as Lighthouse's simulated throttling computes them. */
  firstContentfulPaint: number;
  largestContentfulPaint: number;
  totalBlockingTime: number;
  cumulativeLayoutShift: number;
  /**
   * Lighthouse's measure of the host's CPU speed (higher is faster): mobile scores fall when a
   * busy machine lowers it, since Lighthouse scales the observed main-thread work.
   */
  benchmarkIndex: number;
  /** Lighthouse's own warnings about the run (e.g. a page that never went quiet). */
  warnings: string[];
}

const STARTUP_TIMEOUT_MS = 20_000;

/** Chromium with a DevTools port on loopback for Lighthouse; resolves with the port. */
function startChromium(profile: string): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      CHROMIUM_PATH,
      [
        ...CHROMIUM_FLAGS,
        '--remote-debugging-address=127.0.0.1',
        '--remote-debugging-port=0',
        `--user-data-dir=${profile}`,
        'about:blank',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let output = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`Chromium printed no DevTools port within ${STARTUP_TIMEOUT_MS} ms`));
    }, STARTUP_TIMEOUT_MS);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      output += chunk;
      const match = /DevTools listening on ws:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        child.stderr?.removeAllListeners('data');
        child.stderr?.resume();
        resolve({ child, port: Number(match[1]) });
      }
    });
  });
}

async function stopChromium(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/**
 * Lighthouse's performance, accessibility and best-practices scores for one URL, in a Chromium of
 * its own (Debian's, headless, DevTools on loopback only) that is closed afterwards. `mobile` is
 * Lighthouse's default (a mid-range phone on a throttled 4G connection, simulated); `desktop` is
 * its desktop preset.
 *
 * @example
 * const scores = await runLighthouse('http://localhost:5173/', 'mobile');
 */
export async function runLighthouse(
  url: string,
  formFactor: 'mobile' | 'desktop',
): Promise<LighthouseScores> {
  const profile = await mkdtemp(join(tmpdir(), 'webform-kit-lighthouse-'));
  const { child, port } = await startChromium(profile);
  try {
    const result = await lighthouse(
      url,
      {
        port,
        logLevel: 'error',
        output: 'json',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      },
      formFactor === 'desktop' ? desktopConfig : undefined,
    );
    if (result === undefined) throw new Error(`Lighthouse returned no result for ${url}`);
    const { categories, audits, environment, runtimeError, runWarnings } = result.lhr;
    if (runtimeError) throw new Error(`Lighthouse: ${runtimeError.code} ${runtimeError.message}`);
    const score = (id: string) => Math.round((categories[id]?.score ?? Number.NaN) * 100);
    const metric = (id: string) => audits[id]?.numericValue ?? Number.NaN;
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      firstContentfulPaint: metric('first-contentful-paint'),
      largestContentfulPaint: metric('largest-contentful-paint'),
      totalBlockingTime: metric('total-blocking-time'),
      cumulativeLayoutShift: metric('cumulative-layout-shift'),
      benchmarkIndex: environment.benchmarkIndex,
      warnings: runWarnings,
    };
  } finally {
    await stopChromium(child);
    await rm(profile, { recursive: true, force: true });
  }
}
