/**
 * `pnpm size` (part of `pnpm test`): bundles every public entry from source into
 * apps/demo/bench/dist/size/, where the size-limit budgets in the root package.json read them.
 *
 * Why a bundling step first: size-limit bundles the file it is given with esbuild but cannot be
 * told about the `source` export condition from a JSON config, so on a fresh clone (no `dist/`
 * in any package) it could not resolve `@webform-kit/core` from react's sources. Building the
 * packages with tsc first would work too but takes tens of seconds; esbuild from source takes
 * about one. size-limit then measures these bundles (minified, gzip level 9) against the budgets.
 *
 * How the budgets were set: today's size-limit figure of each check plus about 5 % (rounded up
 * to a tenth of a kB), so that an accidental dependency or a duplicated module fails the test
 * while ordinary growth of a few hundred bytes does not. Raise a budget in the same commit as the
 * change that needs it, with the reason in the message; `pnpm bench` prints the figures.
 *
 * `@webform-kit/react`, the one-line flow (`WebFormKitProvider` + `WebFormFlow`) and the one-line
 * return (`WebFormKitProvider` + `WebFormReturn`) are written split, as an app's build splits
 * them (see `bundleChunks`; esbuild without splitting would inline the lazy chunk and wrap every
 * module it reaches): the first-load chunks under <id>/first/, the chunks requested at run time under <id>/lazy/. size-limit gzips those files
 * one by one and adds them up (its esbuild step is off for them: they are bundled already).
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleChunks, bundleEntry } from './bundleEntry.ts';
import { PACKAGE_ENTRIES, USAGE_ENTRIES } from './packageEntries.ts';

const OUT_DIR = fileURLToPath(new URL('./dist/size/', import.meta.url));

/** Entries written split, as an app's build splits them (see `bundleChunks`). */
const SPLIT_IDS = new Set(['react', 'one-line-flow', 'one-line-return']);

await rm(OUT_DIR, { recursive: true, force: true });
const single = [
  ...PACKAGE_ENTRIES.filter((entry) => !SPLIT_IDS.has(entry.id)),
  ...USAGE_ENTRIES.filter((entry) => entry.id === 'core-helpers').map((entry) => ({
    ...entry,
    platform: 'browser' as const,
  })),
];
await Promise.all(
  single.map(async (entry) => {
    const { code } = await bundleEntry(entry.source, { platform: entry.platform });
    const file = join(OUT_DIR, `${entry.id}.js`);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, code);
  }),
);
const split = [...PACKAGE_ENTRIES, ...USAGE_ENTRIES].filter((entry) => SPLIT_IDS.has(entry.id));
for (const entry of split) {
  const { chunks } = await bundleChunks(entry.source);
  for (const chunk of chunks) {
    const where = chunk.load === 'lazy' ? 'lazy' : 'first';
    const file = join(OUT_DIR, entry.id, where, chunk.fileName);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, chunk.code);
  }
}
console.log(
  `bundled ${single.length} entries, and ${split.map((entry) => entry.id).join(', ')} split, from source into ${OUT_DIR}`,
);
