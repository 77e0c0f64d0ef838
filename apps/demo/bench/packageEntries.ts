import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository root, for paths that read the same from every script. */
export const REPOSITORY_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * React and TanStack Query are the app's (peer dependencies): never counted in the kit's size.
 * `@tanstack/query-core` is react-query's own dependency, which core's flow engine shares.
 */
export const PEERS = [
  'react',
  'react-dom',
  'react/jsx-runtime',
  '@tanstack/react-query',
  '@tanstack/query-core',
];

/** One public entry of a published package, bundled the way an app's bundler would. */
export interface PackageEntry {
  /** Also the bundle's file name under bench/dist, e.g. `react` or `locales/de`. */
  id: string;
  /** The import specifier an app writes. */
  label: string;
  /** The TypeScript source, relative to the repository root (the `source` export condition). */
  source: string;
  /** Browser code for the kit's front end; the proxy and the simulator run on servers. */
  platform: 'browser' | 'node';
}

const LOCALES_DIR = 'packages/react/src/i18n/locales';

/** The ten languages beside English, which the main entry already holds. */
export const EXTRA_LANGUAGES = readdirSync(`${REPOSITORY_ROOT}${LOCALES_DIR}`)
  .filter((file) => file.endsWith('.ts') && file !== 'en.ts')
  .map((file) => file.slice(0, -'.ts'.length))
  .sort();

/**
 * The entries measured by the benchmark and budgeted by size-limit. Server packages are bundled
 * with their dependencies (Hono, zod, core) so the figure is what a deployment carries.
 */
export const PACKAGE_ENTRIES: readonly PackageEntry[] = [
  {
    id: 'core',
    label: '@webform-kit/core',
    source: 'packages/core/src/index.ts',
    platform: 'browser',
  },
  {
    id: 'core-requests',
    label: '@webform-kit/core/requests',
    source: 'packages/core/src/requests/index.ts',
    platform: 'browser',
  },
  {
    id: 'react',
    label: '@webform-kit/react',
    source: 'packages/react/src/index.ts',
    platform: 'browser',
  },
  ...EXTRA_LANGUAGES.map((lang): PackageEntry => ({
    id: `locales/${lang}`,
    label: `@webform-kit/react/locales/${lang}`,
    source: `${LOCALES_DIR}/${lang}.ts`,
    platform: 'browser',
  })),
  {
    id: 'proxy',
    label: '@webform-kit/proxy',
    source: 'packages/proxy/src/index.ts',
    platform: 'node',
  },
  {
    id: 'proxy-node',
    label: '@webform-kit/proxy/node',
    source: 'packages/proxy/src/node.ts',
    platform: 'node',
  },
  {
    id: 'simulator',
    label: '@webform-kit/simulator',
    source: 'packages/simulator/src/index.ts',
    platform: 'node',
  },
  {
    id: 'simulator-node',
    label: '@webform-kit/simulator/node',
    source: 'packages/simulator/src/node.ts',
    platform: 'node',
  },
];

/** The stylesheet apps import once (`@webform-kit/react/styles.css`). */
export const STYLESHEET = 'packages/react/src/styles.css';

/**
 * What an app imports, measured with code splitting beside other kits' client libraries; the
 * one-line flow and the core helpers are budgeted by size-limit too (writeSizeBundles.ts).
 */
export interface UsageEntry {
  id: string;
  label: string;
  /** A module of apps/demo/bench/entries/ that imports exactly this, relative to the root. */
  source: string;
  /** Also show esbuild's own splitting of it (see `bundleChunks` for why it differs). */
  esbuild?: boolean;
}

export const USAGE_ENTRIES: readonly UsageEntry[] = [
  {
    id: 'one-line-flow',
    label: 'one-line flow: WebFormKitProvider + WebFormFlow (English)',
    source: 'apps/demo/bench/entries/oneLineFlow.ts',
    esbuild: true,
  },
  {
    id: 'one-line-return',
    label: 'one-line return: WebFormKitProvider + WebFormReturn (English)',
    source: 'apps/demo/bench/entries/oneLineReturn.ts',
  },
  {
    id: 'flow-and-return',
    label: 'both one-line components: WebFormFlow + WebFormReturn (English)',
    source: 'apps/demo/bench/entries/flowAndReturn.ts',
  },
  {
    id: 'own-markup',
    label: 'own markup: WebFormKitProvider + useWebFormFlow',
    source: 'apps/demo/bench/entries/ownMarkup.ts',
  },
  {
    id: 'core-helpers',
    label: 'core pure helpers: isResourceId, parseReturn, outcomeOf ... (no zod)',
    source: 'apps/demo/bench/entries/coreHelpers.ts',
  },
  {
    id: 'plaid-link',
    label: 'react-plaid-link: usePlaidLink',
    source: 'apps/demo/bench/entries/plaidLink.ts',
  },
  {
    id: 'stripe-elements',
    label: '@stripe/react-stripe-js + @stripe/stripe-js: Elements, PaymentElement, loadStripe',
    source: 'apps/demo/bench/entries/stripeElements.ts',
  },
];
