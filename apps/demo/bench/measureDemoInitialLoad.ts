import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Manifest } from 'vite';
import { gzipSize } from './gzipSize.ts';
import { kB, type Cell } from './printTable.ts';

const DEMO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The chunks a page view loads before any dynamic import: the entry and what it imports. */
function initialChunks(manifest: Manifest, key: string, seen = new Set<string>()): string[] {
  if (seen.has(key)) return [];
  seen.add(key);
  const chunk = manifest[key];
  if (chunk === undefined) return [];
  return [key, ...(chunk.imports ?? []).flatMap((next) => initialChunks(manifest, next, seen))];
}

/**
 * What the demo's production build makes the browser download on the first page view (the entry
 * chunk, its static imports, which Vite modulepreloads, and their CSS), read from Vite's manifest;
 * and what is loaded later (the languages). Builds into a temporary directory, so apps/demo/dist
 * is left alone.
 *
 * @example
 * printTable('Demo, first page view', await measureDemoInitialLoad());
 */
export async function measureDemoInitialLoad(): Promise<Record<string, Cell>[]> {
  const outDir = await mkdtemp(join(tmpdir(), 'webform-kit-demo-build-'));
  try {
    await build({
      root: DEMO_ROOT,
      configFile: join(DEMO_ROOT, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, manifest: true, sourcemap: false },
    });
    const manifest = JSON.parse(
      await readFile(join(outDir, '.vite', 'manifest.json'), 'utf8'),
    ) as Manifest;
    const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
    if (entryKey === undefined) throw new Error('the demo build has no entry chunk');

    const rows: Record<string, Cell>[] = [];
    const measure = async (file: string, what: string) => {
      const bytes = await readFile(join(outDir, file));
      const gzip = gzipSize(bytes);
      rows.push({ file, what, min: kB(bytes.length), 'min+gzip': kB(gzip) });
      return { min: bytes.length, gzip };
    };

    const initial = initialChunks(manifest, entryKey);
    const js = { min: 0, gzip: 0 };
    const css = new Set<string>();
    for (const key of initial) {
      const chunk = manifest[key];
      if (chunk === undefined) continue;
      const size = await measure(chunk.file, key === entryKey ? 'entry chunk' : 'modulepreload');
      js.min += size.min;
      js.gzip += size.gzip;
      for (const file of chunk.css ?? []) css.add(file);
    }
    rows.push({
      file: 'initial JavaScript',
      what: 'total',
      min: kB(js.min),
      'min+gzip': kB(js.gzip),
    });
    for (const file of css) await measure(file, 'stylesheet');

    const lazy = Object.values(manifest).filter(
      (chunk) => chunk.isDynamicEntry && !initial.includes(chunk.src ?? ''),
    );
    if (lazy.length > 0) {
      const sizes = await Promise.all(
        lazy.map(async (chunk) => gzipSize(await readFile(join(outDir, chunk.file)))),
      );
      rows.push({
        file: `${lazy.length} lazy chunks`,
        what: 'on demand (languages)',
        min: '',
        'min+gzip': `${kB(Math.min(...sizes))} to ${kB(Math.max(...sizes))} each`,
      });
    }
    return rows;
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}
