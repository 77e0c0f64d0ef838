/**
 * The demo-level benchmark: `pnpm --filter @webform-kit/demo bench` (and part of the root
 * `pnpm bench`). Prints figures; asserts nothing on time. Sections, in order:
 *
 * - sizes: every public entry of the packages, min and min+gzip, bundled from source with peers
 *   external (the budgets that fail the tests are size-limit's, see writeSizeBundles.ts), and the
 *   JavaScript the demo's production build loads on the first page view;
 * - latency: from pressing "Complete" in the form's tab to the outcome screen in the app tab, with
 *   push and with polling, median and p95;
 * - economy: the app tab's status requests during a minute of waiting, push and polling;
 * - lighthouse: performance, accessibility and best practices of the production demo.
 *
 * Everything runs on loopback against the production build (`startDemo({ preview: true })`) in
 * Debian's Chromium, and every server and browser is closed at the end, also on Ctrl+C.
 * Environment: BENCH_ONLY=sizes,latency,economy,lighthouse picks sections; BENCH_RUNS (default 40,
 * at most 200) sets the latency runs per variant; BENCH_WAIT_MS (default 60000, 5000 to 300000)
 * the economy window.
 */
import { spawnSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import type { Browser } from 'playwright-core';
import { startDemo, type RunningDemo } from '../server/startDemo.ts';
import { launchChromium } from '../e2e/support/launchChromium.ts';
import { measureDemoInitialLoad } from './measureDemoInitialLoad.ts';
import { measureOutcomeLatency } from './measureOutcomeLatency.ts';
import { measureFirstLoadSizes, measurePackageSizes } from './measurePackageSizes.ts';
import { measureStatusRequests } from './measureStatusRequests.ts';
import { FLOW_PATH } from './openFlow.ts';
import { REPOSITORY_ROOT } from './packageEntries.ts';
import { ms, printTable, type Cell } from './printTable.ts';
import { runLighthouse } from './runLighthouse.ts';
import { percentile } from './statistics.ts';

const SECTIONS = ['sizes', 'latency', 'economy', 'lighthouse'] as const;
type Section = (typeof SECTIONS)[number];

function bounded(name: string, fallback: number, min: number, max: number): number {
  const value = Number(process.env[name] ?? fallback);
  return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.round(value))) : fallback;
}

const only = (process.env.BENCH_ONLY ?? SECTIONS.join(','))
  .split(',')
  .map((name) => name.trim())
  .filter((name): name is Section => (SECTIONS as readonly string[]).includes(name));
const RUNS = bounded('BENCH_RUNS', 40, 1, 200);
const WAIT_MS = bounded('BENCH_WAIT_MS', 60_000, 5_000, 300_000);

let demo: RunningDemo | undefined;
let browser: Browser | undefined;
async function cleanUp(): Promise<void> {
  const closing = [browser?.close(), demo?.close()];
  browser = undefined;
  demo = undefined;
  await Promise.allSettled(closing);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.log(`\n${signal}: closing the demo and the browser`);
    void cleanUp().finally(() => process.exit(130));
  });
}

const started = performance.now();
const timings: Record<string, Cell>[] = [];
async function section(name: string, run: () => Promise<void>): Promise<void> {
  const at = performance.now();
  await run();
  timings.push({ section: name, took: `${((performance.now() - at) / 1000).toFixed(1)} s` });
}

/** Timing figures depend on what else the machine does: say how busy it was. */
const load = () =>
  `load average ${loadavg()
    .map((value) => value.toFixed(1))
    .join(' ')}`;

console.log(
  `webform-kit demo benchmark: ${only.join(', ')}; Node ${process.version}, ` +
    `${availableParallelism()} CPUs, ${load()}, loopback only` +
    (only.includes('latency') ? `; ${RUNS} latency runs per variant` : '') +
    (only.includes('economy') ? `; ${WAIT_MS / 1000} s of waiting` : ''),
);

async function sizes(): Promise<void> {
  printTable(
    'Package entries (esbuild from source, minified, ES2022, peers external)',
    await measurePackageSizes(),
    [
      'kB = 1000 bytes; gzip level 9. Peers left out: react, react-dom, @tanstack/react-query.',
      'proxy and simulator are bundled with their dependencies (Hono, zod, core; the /node entries',
      'also @hono/node-server); Node built-ins stay imports.',
      "size-limit's figures (the budgets, `pnpm size`) read 0.1-0.7 kB lower: it re-wraps each bundle",
      'without its export list.',
    ],
  );
  printTable(
    'First load and total with code splitting (Rolldown chunks, esbuild minify, each chunk gzipped)',
    await measureFirstLoadSizes(),
    [
      'First load: the entry chunk and the chunks it imports statically, before anything can show;',
      'total: every chunk (other languages aside). Peers external as above (query-core too).',
      'The one-line flow loads its engine, zod, the later screens and their words in a chunk it',
      'requests at mount. esbuild splitting: esbuild assigns whole files to chunks by what re-exports',
      'reach, so it keeps that chunk in the first load (see bundleChunks in bundleEntry.ts).',
    ],
  );
  printTable(
    'Demo production build, first page view (Vite manifest)',
    await measureDemoInitialLoad(),
    [
      'entry: the entry chunk and what it imports statically (which Vite modulepreloads), on every',
      'route: React, ReactDOM and the shell (header, settings, the English words). route: what the',
      "page of that route adds (React.lazy; the flow and return pages bring the kit's first screens",
      'and TanStack Query); main.tsx loads it, and the panels while they are shown, before the first',
      'render. first view: entry + route + panels. requested at mount: the chunks WebFormFlow and',
      'WebFormReturn request once shown (engine, zod, later screens; shared by the two routes).',
      'The languages other than English load on demand.',
    ],
  );
}

async function latency(app: string, chromium: Browser): Promise<void> {
  const variants = [
    { name: 'push', push: true, holdReturn: true },
    { name: 'polling', push: false, holdReturn: true },
    { name: 'push', push: true, holdReturn: false },
    { name: 'polling', push: false, holdReturn: false },
  ];
  const rows: Record<string, Cell>[] = [];
  for (const variant of variants) {
    const path = variant.holdReturn ? 'status only (return held back)' : 'round trip (return tab)';
    console.log(`  latency: ${variant.name}, ${path} ...`);
    const { samples, failed } = await measureOutcomeLatency(chromium, app, variant, RUNS);
    rows.push({
      'app tab learns by': variant.name,
      path,
      runs: samples.length,
      failed,
      median: ms(percentile(samples, 50)),
      p95: ms(percentile(samples, 95)),
      min: ms(Math.min(...samples)),
      max: ms(Math.max(...samples)),
    });
  }
  printTable(
    `Latency: "Complete" pressed in the form's tab -> completed screen in the app tab`,
    rows,
    [
      `${FLOW_PATH}, new-tab mode, production build; one warm-up run per variant not counted.`,
      'Each run waits a random 0-2 s on the form before "Complete", so the click falls anywhere in',
      "  the kit's 2 s polling cycle and in the proxy's reads of finAPI (every 2 s while a stream is",
      '  open, at most one a second).',
      'status only: the return to the app is answered with an empty page, so the app tab hears only',
      "  its own channel: push (the proxy sends finAPI's callback on at once over Server-Sent Events",
      '  as a provisional status, its finAPI read follows within the second) or polling (a GET every',
      '  2 s). round trip: the form sends its tab to',
      "  /return, which also tells the app tab (BroadcastChannel), as in the customer's real path;",
      '  whichever arrives first wins. The clock starts at the click, before the simulator finishes.',
      'median and p95 are nearest-rank values of the runs.',
    ],
  );
}

async function economy(app: string, chromium: Browser): Promise<void> {
  console.log(`  economy: push and polling side by side for ${WAIT_MS / 1000} s ...`);
  const results = await Promise.all([
    measureStatusRequests(chromium, app, true, WAIT_MS),
    measureStatusRequests(chromium, app, false, WAIT_MS),
  ]);
  const perMinute = (count: number) => ((count * 60_000) / WAIT_MS).toFixed(1);
  printTable(
    `Economy: the app tab's requests while the form stays open in the other tab (${WAIT_MS / 1000} s, Chromium, real time)`,
    results.map((r) => ({
      mode: r.push ? 'push' : 'polling',
      'status GETs': r.statusGets,
      'GETs per minute': perMinute(r.statusGets),
      'streams open at start': r.streamsOpenAtStart,
      'streams opened': r.streamsOpened,
      'other requests': r.otherRequests,
    })),
    [
      'Counted from the moment the form is on screen in its tab; the app tab stays visible (headless',
      'Chromium keeps both tabs visible; a real browser hides the app tab, and the kit pauses polling',
      'there). For comparison, the kit in jsdom with fake time (packages/react/bench), whose counts',
      'start at the first render and so include the first request:',
    ],
  );
  printReactBench();
}

/** The kit's own request-count benchmark (jsdom, fake time), shown beside the browser figures. */
function printReactBench(): void {
  // Vite's build set NODE_ENV=production in this process; the tests need React's development build.
  const { NODE_ENV: _mode, ...env } = process.env;
  const run = spawnSync(
    'npx',
    ['vitest', 'run', '--config', 'packages/react/bench/vitest.config.ts'],
    { cwd: REPOSITORY_ROOT, encoding: 'utf8', env: { ...env, NO_COLOR: '1' }, timeout: 120_000 },
  );
  const lines = (run.stdout ?? '').split('\n');
  const table = lines.filter((line) => /^[┌│├└]/.test(line));
  if (run.status === 0 && table.length > 0) {
    for (const line of table) console.log(`  ${line}`);
    return;
  }
  const output = `${run.stdout ?? ''}\n${run.stderr ?? ''}`
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('npm warn'))
    .slice(-40);
  console.log(`  packages/react/bench did not run (exit ${run.status}):`);
  for (const line of output) console.log(`    ${line}`);
}

async function lighthouseScores(app: string): Promise<void> {
  const pages = [
    { page: '/', formFactor: 'mobile' },
    { page: '/', formFactor: 'desktop' },
    { page: FLOW_PATH, formFactor: 'mobile' },
  ] as const;
  const rows: Record<string, Cell>[] = [];
  const warnings = new Set<string>();
  for (const { page, formFactor } of pages) {
    console.log(`  lighthouse: ${page} (${formFactor}) ...`);
    const scores = await runLighthouse(`${app}${page}`, formFactor);
    for (const warning of scores.warnings) warnings.add(`${page} (${formFactor}): ${warning}`);
    rows.push({
      page,
      'form factor': formFactor,
      performance: scores.performance,
      accessibility: scores.accessibility,
      'best practices': scores.bestPractices,
      FCP: ms(scores.firstContentfulPaint),
      LCP: ms(scores.largestContentfulPaint),
      TBT: ms(scores.totalBlockingTime),
      CLS: scores.cumulativeLayoutShift.toFixed(3),
      'host CPU index': Math.round(scores.benchmarkIndex),
    });
  }
  printTable('Lighthouse 12.8 on the production demo (scores out of 100)', rows, [
    "mobile: Lighthouse's default, simulated slow 4G and a 4x slower CPU; desktop: its desktop preset.",
    'Default demo settings (walkthrough panels shown). Loopback, so network figures are simulated.',
    "host CPU index: Lighthouse's benchmarkIndex of this machine during the run; mobile scores drop",
    '  when other work slows the machine (one run per row; Lighthouse advises the median of five).',
    ...[...warnings].map((warning) => `warning: ${warning}`),
  ]);
}

try {
  if (only.includes('sizes')) await section('sizes', sizes);
  if (only.some((name) => name !== 'sizes')) {
    let app = '';
    await section('start the production demo', async () => {
      demo = await startDemo({ port: 0, proxyPort: 0, simulatorPort: 0, preview: true });
      app = demo.url;
    });
    if (only.includes('latency') || only.includes('economy')) {
      browser = await launchChromium();
      const chromium = browser;
      if (only.includes('latency')) await section('latency', () => latency(app, chromium));
      if (only.includes('economy')) await section('economy', () => economy(app, chromium));
      await browser.close();
      browser = undefined;
    }
    if (only.includes('lighthouse')) await section('lighthouse', () => lighthouseScores(app));
  }
} finally {
  await cleanUp();
}
timings.push({ section: 'total', took: `${((performance.now() - started) / 1000).toFixed(1)} s` });
printTable('Benchmark timings', timings, [`${load()} at the end`]);
