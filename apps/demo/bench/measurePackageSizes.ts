import { readFile } from 'node:fs/promises';
import { bundleEntry } from './bundleEntry.ts';
import { gzipSize } from './gzipSize.ts';
import { PACKAGE_ENTRIES, REPOSITORY_ROOT, STYLESHEET } from './packageEntries.ts';
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
