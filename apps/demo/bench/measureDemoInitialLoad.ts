import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Manifest } from 'vite';
import { gzipSize } from './gzipSize.ts';
import { kB, type Cell } from './printTable.ts';

const DEMO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The chunks that load with `key`: itself and what it imports statically, depth first. */
function chunkClosure(manifest: Manifest, key: string, seen = new Set<string>()): string[] {
  if (seen.has(key)) return [];
  seen.add(key);
  const chunk = manifest[key];
  if (chunk === undefined) return [];
  return [key, ...(chunk.imports ?? []).flatMap((next) => chunkClosure(manifest, next, seen))];
}

/** Where the kit's lazily loaded screens are, as the demo's manifest names them. */
const KIT_SCREENS = '../../packages/react/src/screens';

/**
 * The demo's lazy pages and panels (React.lazy in src/App.tsx), by source, with the routes that
 * show them; every view loads the entry, its page and, while they are shown, the panels. `atMount`:
 * the chunk the page's kit component requests with import() once shown (its later screens).
 */
const VIEWS: readonly { src: string; view: string; atMount?: string }[] = [
  { src: 'src/pages/StartPage.tsx', view: '/' },
  {
    src: 'src/pages/FlowPage.tsx',
    view: '/start/{kind}',
    atMount: `${KIT_SCREENS}/WebFormFlowScreens.tsx`,
  },
  {
    src: 'src/pages/ReturnPage.tsx',
    view: '/return',
    atMount: `${KIT_SCREENS}/WebFormReturnScreens.tsx`,
  },
  { src: 'src/pages/SupportPage.tsx', view: '/support' },
  { src: 'src/pages/NotFoundPage.tsx', view: 'any other path' },
];
const PANELS = 'src/panels/Panels.tsx';

/**
 * What the demo's production build makes the browser download for each first view, read from
 * Vite's manifest: the entry chunk and its static imports (which Vite modulepreloads) and their
 * CSS, loaded on every route; then each route's own chunks (its page and the chunks the page
 * imports that the entry does not, such as the kit for the flow and return pages), which main.tsx
 * loads before the first render; then the first view of each route in total, with the panels
 * (shown by default); what a page requests once shown (the later screens of WebFormFlow and
 * WebFormReturn, with the engine and zod); and what loads later (the languages). Builds into a temporary directory,
 * so apps/demo/dist is left alone.
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

    const sizes = new Map<string, { min: number; gzip: number }>();
    const sizeOf = async (file: string) => {
      let size = sizes.get(file);
      if (size === undefined) {
        const bytes = await readFile(join(outDir, file));
        size = { min: bytes.length, gzip: gzipSize(bytes) };
        sizes.set(file, size);
      }
      return size;
    };
    /** The files of these chunks, min and min+gzip added up. */
    const total = async (keys: readonly string[]) => {
      const sum = { min: 0, gzip: 0 };
      for (const key of keys) {
        const file = manifest[key]?.file;
        if (file === undefined) continue;
        const size = await sizeOf(file);
        sum.min += size.min;
        sum.gzip += size.gzip;
      }
      return sum;
    };
    const rows: Record<string, Cell>[] = [];
    const row = (file: string, what: string, size: { min: number; gzip: number }) =>
      rows.push({ file, what, min: kB(size.min), 'min+gzip': kB(size.gzip) });

    const initial = chunkClosure(manifest, entryKey);
    for (const key of initial) {
      const file = manifest[key]?.file;
      if (file !== undefined)
        row(file, key === entryKey ? 'entry chunk' : 'modulepreload', await sizeOf(file));
    }
    const entry = await total(initial);
    row('entry JavaScript', 'every route', entry);
    const css = new Set(initial.flatMap((key) => manifest[key]?.css ?? []));
    for (const file of css) row(file, 'stylesheet', await sizeOf(file));

    /** A lazy chunk's own files beyond the entry's. */
    const ownChunks = (src: string) => {
      if (manifest[src] === undefined) throw new Error(`the demo build has no chunk for ${src}`);
      return chunkClosure(manifest, src).filter((key) => !initial.includes(key));
    };
    const names = (keys: readonly string[]) =>
      keys.map((key) => manifest[key]?.name ?? key).join(' + ');
    const panels = ownChunks(PANELS);
    row(names(panels), 'panels (shown by default)', await total(panels));
    const firstViews: { view: string; size: { min: number; gzip: number } }[] = [];
    const mountViews: { view: string; keys: string[] }[] = [];
    for (const { src, view, atMount } of VIEWS) {
      const own = ownChunks(src);
      row(names(own), `route ${view}`, await total(own));
      const all = [...new Set([...initial, ...own, ...panels])];
      firstViews.push({ view, size: await total(all) });
      if (atMount !== undefined) {
        if (manifest[atMount] === undefined) {
          throw new Error(`the demo build has no chunk for ${atMount}`);
        }
        const keys = chunkClosure(manifest, atMount).filter((key) => !all.includes(key));
        mountViews.push({ view, keys });
      }
    }
    for (const { view, size } of firstViews) row(`first view of ${view}`, 'total JavaScript', size);
    for (const { view, keys } of mountViews) {
      row(names(keys), `requested at mount on ${view}`, await total(keys));
    }

    const routed = new Set(VIEWS.flatMap(({ src, atMount }) => [src, atMount ?? src]));
    routed.add(PANELS);
    const lazy = Object.entries(manifest).filter(
      ([key, chunk]) => chunk.isDynamicEntry && !routed.has(key) && !initial.includes(key),
    );
    if (lazy.length > 0) {
      const gzips = await Promise.all(
        lazy.map(async ([, chunk]) => (await sizeOf(chunk.file)).gzip),
      );
      rows.push({
        file: `${lazy.length} lazy chunks`,
        what: 'on demand (languages)',
        min: '',
        'min+gzip': `${kB(Math.min(...gzips))} to ${kB(Math.max(...gzips))} each`,
      });
    }
    return rows;
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}
