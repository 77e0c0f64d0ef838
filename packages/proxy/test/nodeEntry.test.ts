import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));
const SIMULATOR = /@webform-kit\/simulator|packages\/simulator\//;

/** Every module specifier of the entry's source graph, type-only and dynamic imports included. */
function specifiersOf(entry: string): Set<string> {
  const seen = new Set<string>();
  const specifiers = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      specifiers.add(fileName);
      if (fileName.startsWith('.')) visit(resolve(dirname(file), fileName));
    }
  };
  visit(resolve(SRC, entry));
  return specifiers;
}

/** The modules esbuild bundles for the entry (as an app's bundler would), and what they import. */
async function bundledModulesOf(entry: string): Promise<string[]> {
  const { metafile } = await esbuild.build({
    entryPoints: [resolve(SRC, entry)],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    conditions: ['source'],
    metafile: true,
    logLevel: 'silent',
  });
  return Object.entries(metafile.inputs).flatMap(([path, input]) => [
    path,
    ...input.imports.map((i) => i.path),
  ]);
}

describe('@webform-kit/proxy/node', () => {
  it('never references the simulator, not even by a dynamic or type-only import', async () => {
    expect([...specifiersOf('node.ts')].filter((s) => SIMULATOR.test(s))).toEqual([]);
    const bundled = await bundledModulesOf('node.ts');
    expect(bundled.length).toBeGreaterThan(10);
    expect(bundled.filter((path) => SIMULATOR.test(path))).toEqual([]);
  });

  it('is told apart from /dev, which does load the simulator', async () => {
    expect([...specifiersOf('dev.ts')]).toEqual(
      expect.arrayContaining(['@webform-kit/simulator', '@webform-kit/simulator/node']),
    );
    expect((await bundledModulesOf('dev.ts')).some((path) => SIMULATOR.test(path))).toBe(true);
  });
});
