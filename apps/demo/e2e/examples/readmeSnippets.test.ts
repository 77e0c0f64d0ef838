/**
 * Every `ts` and `tsx` block of the root README and the packages' READMEs type-checks against
 * the workspace packages, as its own module, with the workspace's compiler options (strict; the
 * unused names a snippet shows on purpose allowed). A block that cannot stand alone (a JSX
 * expression, one line of a handler) says so just above it with
 * `<!-- fragment: why it is not a whole module -->`; those are counted and listed, never checked
 * silently, and a marker without a reason fails. A block that uses the app's own names (its order
 * book, its token lookup) declares them just above it, out of the rendered page:
 * `<!-- assume: declare const orders: OrderBook; -->`, checked with the block. The recipes' blocks
 * are also started as servers by packages/proxy/test/recipes.test.ts.
 */
import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const DEMO = join(ROOT, 'apps/demo');
// Inside the demo's node_modules, so the workspace packages (and React) resolve from there; the
// proxy's own dependencies (express, fastify, hono, @types/express) are linked in beside.
const OUT = join(DEMO, 'node_modules/.readme-snippets');

interface Block {
  readme: string;
  line: number;
  language: 'ts' | 'tsx';
  code: string;
  fragment: string | undefined;
  /** TypeScript from an `<!-- assume: ... -->` comment above the block, put in front of it. */
  assume: string;
}

async function readmes(): Promise<string[]> {
  const packages = await readdir(join(ROOT, 'packages'));
  return ['README.md', ...packages.sort().map((name) => `packages/${name}/README.md`)];
}

/** The fenced ts/tsx blocks of one README, with the fragment marker above each, if any. */
function blocksOf(readme: string, text: string): Block[] {
  const blocks: Block[] = [];
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const open = /^```(ts|tsx)\s*$/.exec(lines[index] ?? '');
    if (open === null) {
      if (/^```/.test(lines[index] ?? '')) {
        // Another language's block: step over it whole.
        index += 1;
        while (index < lines.length && !/^```\s*$/.test(lines[index] ?? '')) index += 1;
      }
      continue;
    }
    let end = index + 1;
    while (end < lines.length && !/^```\s*$/.test(lines[end] ?? '')) end += 1;
    let above = index - 1;
    while (above >= 0 && (lines[above] ?? '').trim() === '') above -= 1;
    // The comment that ends just above the block, one line or several.
    let start = above;
    while (start > 0 && !(lines[start] ?? '').startsWith('<!--')) start -= 1;
    const comment = (lines[above] ?? '').trimEnd().endsWith('-->')
      ? lines.slice(start, above + 1).join('\n')
      : '';
    const fragment = /^<!--\s*fragment:([\s\S]*?)-->$/.exec(comment);
    const assume = /^<!--\s*assume:([\s\S]*?)-->$/.exec(comment);
    blocks.push({
      readme,
      line: index + 1,
      language: open[1] as 'ts' | 'tsx',
      code: lines.slice(index + 1, end).join('\n'),
      fragment: fragment === null ? undefined : (fragment[1] ?? '').trim(),
      assume: assume === null ? '' : (assume[1] ?? '').trim(),
    });
    index = end;
  }
  return blocks;
}

async function allBlocks(): Promise<Block[]> {
  const blocks: Block[] = [];
  for (const readme of await readmes()) {
    blocks.push(...blocksOf(readme, await readFile(join(ROOT, readme), 'utf8')));
  }
  return blocks;
}

async function writeProject(blocks: Block[]): Promise<Map<string, Block>> {
  await rm(OUT, { recursive: true, force: true });
  await mkdir(join(OUT, 'node_modules/@types'), { recursive: true });
  const proxyModules = join(ROOT, 'packages/proxy/node_modules');
  for (const name of ['express', 'fastify', 'hono', '@hono', 'redis']) {
    await symlink(join(proxyModules, name), join(OUT, 'node_modules', name));
  }
  await symlink(join(proxyModules, '@types/express'), join(OUT, 'node_modules/@types/express'));
  const files = new Map<string, Block>();
  for (const [index, block] of blocks.entries()) {
    const file = `${block.readme.replace(/[^a-z0-9]+/gi, '-')}-${block.line}.${block.language}`;
    // Each block is a module of its own (top-level await, no names shared between blocks).
    // The assumptions on the first line, so the block's lines keep their numbers (less one).
    await writeFile(
      join(OUT, file),
      `${block.assume.replace(/\n/g, ' ')}\n${block.code}\nexport {};\n`,
    );
    files.set(file, blocks[index] as Block);
  }
  await writeFile(
    join(OUT, 'tsconfig.json'),
    JSON.stringify({
      extends: relative(OUT, join(ROOT, 'tsconfig.base.json')),
      compilerOptions: {
        types: ['node', 'vite/client'],
        // A snippet shows a value without using it: `const { url, close } = await ...`.
        noUnusedLocals: false,
        noUnusedParameters: false,
      },
      include: ['*.ts', '*.tsx'],
    }),
  );
  return files;
}

describe('README snippets', () => {
  it('every fragment marker gives its reason', async () => {
    const unexplained = (await allBlocks()).filter((block) => block.fragment === '');
    expect(unexplained.map((block) => `${block.readme}:${block.line}`)).toEqual([]);
  });

  it('every ts and tsx block that is not a marked fragment type-checks', async () => {
    const blocks = await allBlocks();
    const checked = blocks.filter((block) => block.fragment === undefined);
    const fragments = blocks.filter((block) => block.fragment !== undefined);
    console.log(
      `README snippets: ${checked.length} type-checked, ${fragments.length} marked fragments:\n` +
        fragments.map((block) => `  ${block.readme}:${block.line}: ${block.fragment}`).join('\n'),
    );
    expect(checked.length).toBeGreaterThan(0);
    const files = await writeProject(checked);
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    const output = await promisify(execFile)(
      process.execPath,
      [tsc, '-p', OUT, '--pretty', 'false'],
      {
        maxBuffer: 16 * 1024 * 1024,
      },
    ).then(
      () => '',
      (error: { stdout?: string }) => error.stdout ?? String(error),
    );
    // tsc names the generated file and its line: name the README and its line instead.
    const errors = output
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const match = /^([^(]+)\((\d+),(\d+)\): (.*)$/.exec(line);
        const file = match?.[1]?.split('/').at(-1);
        const block = file === undefined ? undefined : files.get(file);
        if (match === null || block === undefined) return line;
        const at =
          Number(match[2]) === 1 ? 'its assume comment' : String(block.line + Number(match[2]) - 1);
        return `${block.readme}:${at}: ${match[4]}`;
      });
    expect(errors).toEqual([]);
  });
});
