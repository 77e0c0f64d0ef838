// Packs every published package (packages/* not marked private) with `pnpm pack`, which turns
// `workspace:^` into the version, as publishing will. Shared by check-packages.mjs, the examples'
// end-to-end test and `pnpm pack:all` (run directly: `node .ci/packTarballs.mjs <folder>`).
// The packages must be built first (`pnpm build`): the tarballs carry dist/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const ROOT = new URL('..', import.meta.url).pathname; // .ci/ -> repository root

/** The folders under packages/ whose package is published, e.g. `['core', 'proxy', ...]`. */
export function publishedPackages() {
  return readdirSync(join(ROOT, 'packages')).filter((dir) => {
    try {
      return !JSON.parse(readFileSync(join(ROOT, 'packages', dir, 'package.json'), 'utf8')).private;
    } catch {
      return false;
    }
  });
}

/**
 * Packs each published package into `destination` (created if missing) and returns
 * `[{ name, file }]`, `file` the tarball's absolute path.
 */
export function packTarballs(destination) {
  mkdirSync(destination, { recursive: true });
  return publishedPackages().map((dir) => {
    const cwd = join(ROOT, 'packages', dir);
    const { name } = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8'));
    const out = execFileSync('pnpm', ['pack', '--pack-destination', resolve(destination)], {
      cwd,
      encoding: 'utf8',
    });
    return { name, file: resolve(out.trim().split('\n').at(-1)) };
  });
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const destination = resolve(process.argv[2] ?? join(ROOT, 'tarballs'));
  const tarballs = packTarballs(destination);
  const shown = tarballs.map(({ file }) => relative(process.cwd(), file) || file);
  console.log(`\n${tarballs.length} tarballs in ${destination}. In your app:\n`);
  console.log(
    `  npm install ${shown.map((file) => (file.startsWith('.') || file.startsWith('/') ? file : `./${file}`)).join(' ')}\n`,
  );
}
