// Packs every published package and checks it the way a consumer's tools will see it:
// publint (package.json fields, exports, files) and @arethetypeswrong/cli (types resolve under
// node16 ESM and bundlers). Run after `pnpm build`.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packTarballs, publishedPackages, ROOT as root } from './packTarballs.mjs';

const packages = publishedPackages();

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
// The CLIs as a consumer gets them: the packed tarballs installed with npm in an empty folder,
// each `bin` started from node_modules/.bin until it says it listens (on a free port).
const READY = {
  'webform-kit-simulator': /simulator listening on http:\/\/127\.0\.0\.1:\d+/,
  'webform-kit-proxy': /proxy listening on http:\/\/127\.0\.0\.1:\d+/,
};
const consumer = mkdtempSync(join(tmpdir(), 'webform-kit-bin-'));
try {
  const tarballs = packTarballs(consumer).map(({ file }) => file);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ private: true, type: 'module' }));
  console.log(`\n$ npm install ${tarballs.length} tarballs in ${consumer}`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', ...tarballs], {
    cwd: consumer,
    stdio: 'inherit',
  });
  for (const [bin, ready] of Object.entries(READY)) {
    console.log(`\n$ ${bin}`);
    const said = await new Promise((resolve) => {
      const child = spawn(join(consumer, 'node_modules', '.bin', bin), [], {
        cwd: consumer,
        env: { ...process.env, PORT: '0', SIMULATOR_PORT: '0' },
      });
      let output = '';
      const done = (ok) => {
        clearTimeout(timer);
        child.kill('SIGTERM');
        resolve(ok ? output : `${output}\n(not ready: ${bin} exited or took over 20 s)`);
      };
      const timer = setTimeout(() => done(false), 20_000);
      for (const stream of [child.stdout, child.stderr]) {
        stream.on('data', (chunk) => {
          output += chunk;
          if (ready.test(output)) done(true);
        });
      }
      child.on('exit', () => done(ready.test(output)));
    });
    console.log(said.trim());
    if (!ready.test(said)) failed = true;
  }
} catch (error) {
  console.error(error);
  failed = true;
} finally {
  rmSync(consumer, { recursive: true, force: true });
}

if (failed) {
  console.error('\nA package does not publish cleanly (see above).');
  process.exit(1);
}
console.log(`\n${packages.length} packages publish cleanly.`);
