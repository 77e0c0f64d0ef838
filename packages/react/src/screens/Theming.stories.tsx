/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { CSSProperties } from 'react';
import { expect, fn } from 'storybook/test';
import css from '../styles.css?raw';
import { CompletedScreen } from './CompletedScreen.tsx';
import { RedirectScreen } from './RedirectScreen.tsx';

/** The `--wfk-*` declarations of the first rule whose selector starts with `selector`. */
function declarationsOf(selector: string): Map<string, string> {
  const open = css.indexOf('{', css.indexOf(selector));
  const body = css.slice(open + 1, css.indexOf('}', open));
  return new Map(
    [...body.matchAll(/(--wfk-[\w-]+):\s*([^;]+);/g)].map((m) => [m[1] ?? '', m[2] ?? '']),
  );
}

const LIGHT = declarationsOf(':where(:root)');
const DARK = declarationsOf(":where([data-theme='dark'])");

/** What each variable paints, for designers mapping a brand onto the screens. */
const PURPOSE: Record<string, string> = {
  '--wfk-color-scheme': 'The browser’s own controls and scrollbars (light or dark).',
  '--wfk-color-background': 'The screen’s card.',
  '--wfk-color-text': 'Headings and body text.',
  '--wfk-color-text-muted': 'Secondary text, summary labels, the badge of expired and aborted.',
  '--wfk-color-border': 'The card’s border.',
  '--wfk-color-accent':
    'Primary buttons, links, secondary button text, the badge of redirect, waiting and information.',
  '--wfk-color-accent-hover': 'Primary buttons under the pointer.',
  '--wfk-color-on-accent': 'Text on primary buttons.',
  '--wfk-color-focus': 'Keyboard focus rings.',
  '--wfk-color-success': 'The completed badge.',
  '--wfk-color-danger': 'The badge of errors and refusals, a time that runs out.',
  '--wfk-color-note': 'Notes (a new tab opens), the page behind the stories.',
  '--wfk-color-warning-background': 'Warnings (the browser blocked the new tab).',
  '--wfk-color-warning-text':
    'Warning text, the badge of "try later" and of a payment whose result is unknown.',
  '--wfk-font-family': 'All text.',
  '--wfk-font-size': 'The base size; everything else is in em.',
  '--wfk-line-height': 'Body text.',
  '--wfk-radius': 'The card’s corners.',
  '--wfk-radius-control': 'Buttons and notes.',
  '--wfk-space': 'The gap between a screen’s parts, and its padding.',
  '--wfk-max-width': 'The card’s width; it fills narrower parents.',
};

const cell: CSSProperties = {
  padding: '0.4rem 0.6rem',
  borderBlockEnd: '1px solid var(--wfk-color-border)',
  textAlign: 'start',
  verticalAlign: 'top',
};

function Value({ value }: { value: string | undefined }) {
  if (value === undefined) return <span>same as light</span>;
  return (
    <span style={{ display: 'inline-flex', gap: '0.4rem', alignItems: 'center' }}>
      {value.startsWith('#') && (
        <span
          aria-hidden="true"
          style={{
            inlineSize: '1rem',
            blockSize: '1rem',
            borderRadius: '0.25rem',
            border: '1px solid var(--wfk-color-text)',
            background: value,
          }}
        />
      )}
      <code>{value}</code>
    </span>
  );
}

function TokenTable() {
  return (
    <table
      style={{
        borderCollapse: 'collapse',
        maxInlineSize: '60rem',
        background: 'var(--wfk-color-background)',
        color: 'var(--wfk-color-text)',
        fontFamily: 'var(--wfk-font-family)',
      }}
    >
      <caption style={{ textAlign: 'start', padding: '0.5rem 0', fontWeight: 600 }}>
        Every --wfk-* variable of @webform-kit/react/styles.css, with its defaults
      </caption>
      <thead>
        <tr>
          <th style={cell}>Variable</th>
          <th style={cell}>Light (and every theme)</th>
          <th style={cell}>Dark</th>
          <th style={cell}>What it paints</th>
        </tr>
      </thead>
      <tbody>
        {[...LIGHT].map(([name, value]) => (
          <tr key={name}>
            <th scope="row" style={cell}>
              <code>{name}</code>
            </th>
            <td style={cell}>
              <Value value={value} />
            </td>
            <td style={cell}>
              <Value value={DARK.get(name)} />
            </td>
            <td style={cell}>{PURPOSE[name]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const meta = {
  title: 'Theming/Tokens and rebranding',
  parameters: {
    docs: {
      description: {
        component:
          'The screens are themed with `--wfk-*` CSS variables only. The defaults are declared with zero specificity (`:where`), so any rule of the app wins: set them on `:root` or on a container. `data-theme="light"` or `"dark"` on a container pins a theme; without it the screens follow `prefers-color-scheme`. Give dark values under `[data-theme="dark"]` (and the dark media query) too, and keep text at 4.5:1 and pictograms at 3:1 against their backgrounds: the kit\'s own palette is checked by a contrast test.',
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** The table is read from styles.css itself, so it can never miss a variable. */
export const Tokens: Story = {
  render: () => <TokenTable />,
  play: async ({ canvas }) => {
    const declared = new Set(css.match(/--wfk-[\w-]+(?=:)/g));
    const rows = canvas.getAllByRole('rowheader').map((row) => row.textContent);
    await expect(new Set(rows)).toEqual(declared);
    for (const name of declared)
      await expect({ name, purpose: PURPOSE[name] }).toEqual({ name, purpose: expect.any(String) });
  },
};

interface RebrandArgs {
  accent: string;
  accentHover: string;
  accentDark: string;
  radius: string;
  fontFamily: string;
}

/**
 * A bank's brand on the kit: a green accent (with its dark-theme value), square corners and a
 * serif face, set as CSS variables on a container. Change them in the controls.
 */
export const Rebrand: StoryObj<RebrandArgs> = {
  args: {
    accent: '#00704a',
    accentHover: '#00593b',
    accentDark: '#4cc38a',
    radius: '0.25rem',
    fontFamily: 'Georgia, "Times New Roman", serif',
  },
  argTypes: {
    accent: { control: 'color' },
    accentHover: { control: 'color' },
    accentDark: { control: 'color' },
  },
  render: ({ accent, accentHover, accentDark, radius, fontFamily }) => (
    <div className="bank-brand" style={{ display: 'grid', gap: '1rem' }}>
      <style>{`
        .bank-brand {
          --wfk-color-accent: ${accent};
          --wfk-color-accent-hover: ${accentHover};
          --wfk-color-focus: ${accent};
          --wfk-radius: ${radius};
          --wfk-radius-control: ${radius};
          --wfk-font-family: ${fontFamily};
        }
        [data-theme='dark'] .bank-brand {
          --wfk-color-accent: ${accentDark};
          --wfk-color-accent-hover: ${accentDark};
          --wfk-color-focus: ${accentDark};
        }
      `}</style>
      <RedirectScreen
        kind="standalone-payment"
        summary={{ amount: { value: 89, currency: 'EUR' }, payee: 'Green Bank Shop' }}
        onOpen={fn()}
        onCancel={fn()}
      />
      <CompletedScreen resource="payment" onContinue={fn()} continueLabel="Back to the shop" />
    </div>
  ),
};
