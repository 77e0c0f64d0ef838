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
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleEntry } from './bundleEntry.ts';
import { PACKAGE_ENTRIES } from './packageEntries.ts';

const OUT_DIR = fileURLToPath(new URL('./dist/size/', import.meta.url));

await rm(OUT_DIR, { recursive: true, force: true });
await Promise.all(
  PACKAGE_ENTRIES.map(async (entry) => {
    const { code } = await bundleEntry(entry.source, { platform: entry.platform });
    const file = join(OUT_DIR, `${entry.id}.js`);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, code);
  }),
);
console.log(`bundled ${PACKAGE_ENTRIES.length} entries from source into ${OUT_DIR}`);
