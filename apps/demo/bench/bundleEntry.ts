import * as esbuild from 'esbuild';
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
