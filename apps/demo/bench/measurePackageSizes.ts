import { readFile } from 'node:fs/promises';
import { bundleChunks, bundleChunksWithEsbuild, bundleEntry } from './bundleEntry.ts';
import { gzipSize } from './gzipSize.ts';
import { PACKAGE_ENTRIES, REPOSITORY_ROOT, STYLESHEET, USAGE_ENTRIES } from './packageEntries.ts';
import { kB, type Cell } from './printTable.ts';

/**
 * min and min+gzip of every public entry, bundled from source with peers external, plus core
 * built against classic `zod` (the road not taken) and the stylesheet.
 *
 * @example
 * printTable('Package sizes', await measurePackageSizes());
 */
export async function measurePackageSizes(): Promise<Record<string, Cell>[]> {
  const rows: Record<string, Cell>[] = [];
  const row = (entry: string, platform: string, min: number, gzip: number, dependencies?: number) =>
    rows.push({
      entry,
      platform,
      min: kB(min),
      'min+gzip': kB(gzip),
      'of which deps (min)': dependencies === undefined ? '' : kB(dependencies),
    });

  for (const entry of PACKAGE_ENTRIES) {
    const bundle = await bundleEntry(entry.source, { platform: entry.platform });
    const label = entry.id === 'react' ? `${entry.label} (English built in)` : entry.label;
    row(label, entry.platform, bundle.code.length, gzipSize(bundle.code), bundle.dependencyBytes);
    if (entry.id === 'core') {
      const classic = await bundleEntry(entry.source, { platform: 'browser', classicZod: true });
      row(
        '  core with classic zod instead of zod/mini',
        'browser',
        classic.code.length,
        gzipSize(classic.code),
        classic.dependencyBytes,
      );
    }
  }

  const css = await readFile(`${REPOSITORY_ROOT}${STYLESHEET}`);
  const minified = await bundleEntry(STYLESHEET, { platform: 'browser' });
  row('@webform-kit/react/styles.css (as written)', 'css', css.length, gzipSize(css));
  row(
    '@webform-kit/react/styles.css (minified)',
    'css',
    minified.code.length,
    gzipSize(minified.code),
  );
  return rows;
}

/**
 * First load (the entry chunk and its static imports: what must arrive before anything shows)
 * and total (every chunk, each gzipped on its own) of every public browser entry and of what apps
 * import from them (the one-line flow; hooks with the app's own markup), beside react-plaid-link's
 * `usePlaidLink` and React Stripe.js with Stripe.js's loader, bundled the same way in the same run
 * (see `bundleChunks`). The other languages are entries of their own and stay out of the totals.
 *
 * @example
 * printTable('First load and total', await measureFirstLoadSizes());
 */
export async function measureFirstLoadSizes(): Promise<Record<string, Cell>[]> {
  const rows: Record<string, Cell>[] = [];
  const browserEntries = PACKAGE_ENTRIES.filter(
    (entry) => entry.platform === 'browser' && !entry.id.startsWith('locales/'),
  );
  for (const entry of [...browserEntries, ...USAGE_ENTRIES]) {
    const bundle = await bundleChunks(entry.source);
    const lazy = bundle.chunks.filter((chunk) => chunk.load === 'lazy').length;
    const row: Record<string, Cell> = {
      entry: entry.label,
      'first load': kB(bundle.firstLoad),
      total: kB(bundle.total),
      chunks: `${bundle.chunks.length - lazy} + ${lazy} lazy`,
      'esbuild splitting: first load / total': '',
    };
    if ('esbuild' in entry && entry.esbuild) {
      const esbuildSplit = await bundleChunksWithEsbuild(entry.source);
      row['esbuild splitting: first load / total'] =
        `${kB(esbuildSplit.firstLoad)} / ${kB(esbuildSplit.total)}`;
    }
    rows.push(row);
  }
  return rows;
}
