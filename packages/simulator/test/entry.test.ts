import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '../src');

/** Every file (relative to src/) the main entry reaches through relative imports. */
function reachable(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(join(SRC, file), 'utf8');
  for (const [, path] of source.matchAll(/from '(\.\.?\/[^']+)'/g)) {
    reachable(relative(SRC, join(SRC, dirname(file), path as string)), seen);
  }
  return seen;
}

describe('the main entry', () => {
  it('reaches no Node-only module, so it runs in any fetch runtime', () => {
    const files = reachable('index.ts');
    expect(files.has('createSimulator.ts')).toBe(true);
    expect(files.has('messages/de.ts')).toBe(true);
    expect(files.has('node.ts')).toBe(false);
    for (const file of files) {
      const source = readFileSync(join(SRC, file), 'utf8');
      expect(source, file).not.toMatch(/from '(node:|@hono\/node-server)/);
      expect(source, file).not.toMatch(/\bprocess\.(env|exit|argv|on)\b/);
    }
  });
});
