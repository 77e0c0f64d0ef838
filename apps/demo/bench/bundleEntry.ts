import { relative } from 'node:path';
import * as esbuild from 'esbuild';
import { rolldown, type OutputChunk } from 'rolldown';
import { gzipSize } from './gzipSize.ts';
import { PEERS, REPOSITORY_ROOT } from './packageEntries.ts';

export interface BundleOptions {
  platform: 'browser' | 'node';
  /**
   * Resolve `zod/mini` to classic `zod`: what core would weigh with `import * as z from 'zod'`,
   * the choice packages/core/README.md explains.
   */
  classicZod?: boolean;
}

export interface Bundle {
  /** Minified output (JavaScript, or CSS for a stylesheet). */
  code: Uint8Array;
  /** Of the minified bytes, those that came from node_modules (zod, Hono ...). */
  dependencyBytes: number;
}

const classicZod: esbuild.Plugin = {
  name: 'classic-zod',
  setup(build) {
    build.onResolve({ filter: /^zod\/mini$/ }, async (args) => {
      const classic = await build.resolve('zod', { resolveDir: args.resolveDir, kind: args.kind });
      return { path: classic.path };
    });
  },
};

/**
 * Bundles one public entry from its TypeScript source (the `source` export condition, so nothing
 * needs building first) as an app's bundler would: minified, tree-shaken, peers left out.
 *
 * @example
 * const { code } = await bundleEntry('packages/core/src/index.ts', { platform: 'browser' });
 */
export async function bundleEntry(source: string, options: BundleOptions): Promise<Bundle> {
  const result = await esbuild.build({
    absWorkingDir: REPOSITORY_ROOT,
    entryPoints: [source],
    bundle: true,
    write: false,
    outdir: 'out',
    format: 'esm',
    target: 'es2022',
    minify: true,
    treeShaking: true,
    legalComments: 'none',
    // As Vite writes it: non-ASCII text (the languages) as UTF-8, not as \u escapes.
    charset: 'utf8',
    conditions: ['source'],
    // A consumer's production build: the kit's development-only messages drop out. (esbuild
    // would assume this for a minified browser build anyway; said here so node entries match.)
    define: { 'process.env.NODE_ENV': '"production"' },
    platform: options.platform,
    external: PEERS,
    plugins: options.classicZod ? [classicZod] : [],
    metafile: true,
    logLevel: 'error',
  });
  const [file] = result.outputFiles;
  const [output] = Object.values(result.metafile.outputs);
  if (file === undefined || output === undefined)
    throw new Error(`esbuild wrote nothing for ${source}`);
  let dependencyBytes = 0;
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    if (input.includes('node_modules/')) dependencyBytes += bytesInOutput;
  }
  return { code: file.contents, dependencyBytes };
}

/** One output file of a split bundle, minified. */
export interface Chunk {
  fileName: string;
  /** `entry`: the entry chunk; `static`: imported by it (so loaded with it); `lazy`: by import(). */
  load: 'entry' | 'static' | 'lazy';
  code: Uint8Array;
}

export interface ChunkedBundle {
  chunks: Chunk[];
  /** gzip bytes of the chunks a page loads before it can render: the entry and its static imports. */
  firstLoad: number;
  /** gzip bytes of every chunk, each gzipped on its own as a server sends it. */
  total: number;
}

/**
 * Bundles an entry with code splitting, as an app's production build would: Rolldown (Vite 8's
 * bundler) decides the chunks, esbuild minifies each, each is gzipped on its own. First load is
 * the entry chunk and everything it imports statically (what must arrive before the page can
 * show anything); total is every chunk.
 *
 * Why Rolldown and not esbuild's own splitting: esbuild assigns whole files to chunks by which
 * entries reach them through any import or re-export, used or not. A package index that
 * re-exports a hook (`useWebFormFlow`) beside a component that loads it lazily therefore puts the
 * hook's whole module graph into esbuild's shared first chunk, so an app bundled with esbuild
 * gets no split from `@webform-kit/react` (the row "esbuild splitting" shows it). Rolldown, Rollup
 * and webpack drop modules whose exports go unused (`sideEffects: false`) before they form chunks.
 *
 * @example
 * const { firstLoad, total } = await bundleChunks('apps/demo/bench/entries/oneLineFlow.ts');
 */
export async function bundleChunks(source: string): Promise<ChunkedBundle> {
  const build = await rolldown({
    input: source,
    cwd: REPOSITORY_ROOT,
    external: (id) => PEERS.includes(id),
    platform: 'browser',
    resolve: { conditionNames: ['source', 'import', 'module', 'browser', 'default'] },
    transform: { define: { 'process.env.NODE_ENV': '"production"' } },
    logLevel: 'silent',
  });
  const { output } = await build.generate({ format: 'esm', minify: false });
  await build.close();
  const code = output.filter((file): file is OutputChunk => file.type === 'chunk');
  const byName = new Map(code.map((file) => [file.fileName, file]));
  const entry = code.find((file) => file.isEntry);
  if (entry === undefined) throw new Error(`Rolldown wrote no entry chunk for ${source}`);
  // The entry's static imports, and theirs: all of them load before the entry runs.
  const first = new Set<string>([entry.fileName]);
  const queue = [entry];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    for (const name of file.imports) {
      const imported = byName.get(name);
      if (imported !== undefined && !first.has(name)) {
        first.add(name);
        queue.push(imported);
      }
    }
  }
  const chunks: Chunk[] = [];
  for (const file of code) {
    const { code: minified } = await esbuild.transform(file.code, {
      loader: 'js',
      format: 'esm',
      target: 'es2022',
      minify: true,
      legalComments: 'none',
      charset: 'utf8',
    });
    chunks.push({
      fileName: file.fileName,
      load: file === entry ? 'entry' : first.has(file.fileName) ? 'static' : 'lazy',
      code: new TextEncoder().encode(minified),
    });
  }
  const sum = (list: Chunk[]) => list.reduce((bytes, chunk) => bytes + gzipSize(chunk.code), 0);
  return {
    chunks,
    firstLoad: sum(chunks.filter((chunk) => chunk.load !== 'lazy')),
    total: sum(chunks),
  };
}

/**
 * esbuild's own code splitting of the same entry, for the comparison the note on
 * {@link bundleChunks} makes: first load and total in gzip bytes.
 */
export async function bundleChunksWithEsbuild(
  source: string,
): Promise<Pick<ChunkedBundle, 'firstLoad' | 'total'>> {
  const result = await esbuild.build({
    absWorkingDir: REPOSITORY_ROOT,
    entryPoints: [source],
    bundle: true,
    splitting: true,
    write: false,
    outdir: 'out',
    format: 'esm',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    conditions: ['source'],
    define: { 'process.env.NODE_ENV': '"production"' },
    platform: 'browser',
    external: PEERS,
    metafile: true,
    logLevel: 'error',
  });
  const outputs = result.metafile.outputs;
  const path = (file: esbuild.OutputFile) => relative(REPOSITORY_ROOT, file.path);
  const entry = result.outputFiles.find((file) => outputs[path(file)]?.entryPoint !== undefined);
  if (entry === undefined) throw new Error(`esbuild wrote no entry chunk for ${source}`);
  const first = new Set<string>([path(entry)]);
  const queue = [path(entry)];
  for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
    for (const imported of outputs[name]?.imports ?? []) {
      if (imported.kind === 'import-statement' && !imported.external && !first.has(imported.path)) {
        first.add(imported.path);
        queue.push(imported.path);
      }
    }
  }
  let firstLoad = 0;
  let total = 0;
  for (const file of result.outputFiles) {
    const bytes = gzipSize(file.contents);
    total += bytes;
    if (first.has(path(file))) firstLoad += bytes;
  }
  return { firstLoad, total };
}
