import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(resolve(import.meta.dirname, '../../src/styles.css'), 'utf8');

/** The custom properties declared in the first rule whose selector starts with `selector`. */
function variablesOf(selector: string): Record<string, string> {
  const start = css.indexOf(selector);
  if (start === -1) throw new Error(`no rule ${selector}`);
  const open = css.indexOf('{', start);
  const body = css.slice(open + 1, css.indexOf('}', open));
  return Object.fromEntries(
    [...body.matchAll(/(--wfk-[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]?.trim()]),
  );
}

/** WCAG 2.x relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const linear = (i: number) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(1) + 0.7152 * linear(3) + 0.0722 * linear(5);
}

function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

const light = variablesOf(":where(:root),\n:where([data-theme='light'])");
const dark = variablesOf(":where([data-theme='dark'])");
const systemDark = variablesOf(":where(:root:not([data-theme='light']))");

// [foreground, background, minimum]: 4.5 for text (WCAG 1.4.3 AA), 3 for focus rings and
// pictograms (1.4.11).
const PAIRS: [string, string, number][] = [
  ['--wfk-color-text', '--wfk-color-background', 4.5],
  ['--wfk-color-text-muted', '--wfk-color-background', 4.5],
  ['--wfk-color-accent', '--wfk-color-background', 4.5],
  ['--wfk-color-on-accent', '--wfk-color-accent', 4.5],
  ['--wfk-color-on-accent', '--wfk-color-accent-hover', 4.5],
  ['--wfk-color-danger', '--wfk-color-background', 4.5],
  ['--wfk-color-success', '--wfk-color-background', 3],
  ['--wfk-color-text', '--wfk-color-note', 4.5],
  ['--wfk-color-text-muted', '--wfk-color-note', 4.5],
  ['--wfk-color-accent', '--wfk-color-note', 4.5],
  ['--wfk-color-warning-text', '--wfk-color-warning-background', 4.5],
  ['--wfk-color-focus', '--wfk-color-background', 3],
  ['--wfk-color-focus', '--wfk-color-note', 3],
];

/** `color-mix(in srgb, fg p%, bg)` of two #rrggbb colours, as the browser computes it. */
function mix(foreground: string, background: string, share: number): string {
  const channel = (hex: string, i: number) => Number.parseInt(hex.slice(i, i + 2), 16);
  return `#${[1, 3, 5]
    .map((i) =>
      Math.round(channel(foreground, i) * share + channel(background, i) * (1 - share))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

// The pictogram's colour of each data-tone, drawn on a badge of that colour mixed into the
// screen's background (styles.css: `color-mix(in srgb, currentColor 14%, transparent)`).
const TONES = [
  '--wfk-color-accent',
  '--wfk-color-success',
  '--wfk-color-danger',
  '--wfk-color-warning-text',
  '--wfk-color-text-muted',
];

describe('default theme', () => {
  it('tints the outcome badge with its own colour, as styles.css says', () => {
    expect(css).toContain('background: color-mix(in srgb, currentColor 14%, transparent);');
    for (const tone of TONES.slice(1)) expect(css).toContain(`color: var(${tone});`);
  });

  it.each([
    ['light', light],
    ['dark', dark],
  ] as const)(
    '%s palette: every tone’s pictogram stands out from its tinted badge (3:1)',
    (_, palette) => {
      const background = palette['--wfk-color-background'] ?? '';
      for (const tone of TONES) {
        const colour = palette[tone] ?? '';
        const ratio = contrast(colour, mix(colour, background, 0.14));
        expect({ tone, passes: ratio >= 3, ratio: ratio.toFixed(2) }).toEqual(
          expect.objectContaining({ tone, passes: true }),
        );
      }
    },
  );

  it.each([
    ['light', light],
    ['dark', dark],
  ] as const)('%s palette meets WCAG AA contrast for every pair the screens use', (_, palette) => {
    for (const [foreground, background, minimum] of PAIRS) {
      const ratio = contrast(palette[foreground] ?? '', palette[background] ?? '');
      expect({ foreground, background, passes: ratio >= minimum, ratio: ratio.toFixed(2) }).toEqual(
        expect.objectContaining({ foreground, background, passes: true }),
      );
    }
  });

  it('light and dark define the same colour variables', () => {
    const colours = (palette: Record<string, string>) =>
      Object.keys(palette)
        .filter((name) => name.startsWith('--wfk-color'))
        .sort();
    expect(colours(dark)).toEqual(colours(light));
  });

  it('the system dark mode uses exactly the data-theme="dark" palette', () => {
    expect(systemDark).toEqual(dark);
  });

  it('every colour is a plain #rrggbb value the contrast check can read', () => {
    for (const palette of [light, dark]) {
      for (const [name, value] of Object.entries(palette)) {
        if (name.startsWith('--wfk-color') && name !== '--wfk-color-scheme') {
          expect({ name, value }).toEqual({ name, value: expect.stringMatching(/^#[0-9a-f]{6}$/) });
        }
      }
    }
  });

  it('animates only when the user allows motion', () => {
    const animations = [...css.matchAll(/animation:/g)].map((m) => m.index);
    const motionQuery = css.indexOf('@media (prefers-reduced-motion: no-preference)');
    expect(animations.length).toBeGreaterThan(0);
    for (const index of animations) {
      expect(index).toBeGreaterThan(motionQuery);
      expect(css.slice(motionQuery, index)).not.toMatch(/\n}\n/);
    }
  });
});
