// Packs every published package and checks it the way a consumer's tools will see it:
// publint (package.json fields, exports, files) and @arethetypeswrong/cli (types resolve under
// node16 ESM and bundlers). Run after `pnpm build`.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname; // .ci/ -> repository root
const packages = readdirSync(join(root, 'packages')).filter((dir) => {
  try {
    return !JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8')).private;
  } catch {
    return false;
  }
});

let failed = false;
for (const dir of packages) {
  const path = join(root, 'packages', dir);
  for (const [cmd, args] of [
    ['publint', ['--strict', path]],
    // ESM-only packages: CommonJS `require` and node10 resolution are out of scope by design.
    ['attw', ['--pack', path, '--profile', 'esm-only', '--format', 'table-flipped']],
  ]) {
    console.log(`\n$ ${cmd} ${args.join(' ')}`);
    try {
      execFileSync(join(root, 'node_modules', '.bin', cmd), args, { stdio: 'inherit', cwd: root });
    } catch {
      failed = true;
    }
  }
}
if (failed) {
  console.error('\nA package does not publish cleanly (see above).');
  process.exit(1);
}
console.log(`\n${packages.length} packages publish cleanly.`);
