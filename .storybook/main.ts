/**
 * Storybook for @webform-kit/react's screens, configured by hand (the CLI's init does not run
 * here). Stories sit beside their components; `pnpm test` runs each one in Chromium with an axe
 * check (the `storybook` project in vite.config.ts).
 */
import { defineMain } from '@storybook/react-vite/node';
import { defaultClientConditions } from 'vite';

export default defineMain({
  framework: { name: '@storybook/react-vite', options: {} },
  stories: ['./*.mdx', '../packages/react/src/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // No onboarding checklist in the sidebar: this Storybook is the kit's reference, not a tutorial.
  features: { sidebarOnboardingChecklist: false },
  typescript: {
    // Follows the screens' props through the shared `ScreenProps` interface into the docs tables.
    reactDocgen: 'react-docgen-typescript',
  },
  viteFinal(config) {
    // Like the root vite.config.ts: workspace packages resolve to their TypeScript source.
    config.resolve ??= {};
    config.resolve.conditions = ['source', ...defaultClientConditions];
    // Pre-bundled up front: found only when the flow stories load, it would make Vite re-optimize
    // mid-run and fail the browser tests that were importing at that moment.
    config.optimizeDeps ??= {};
    config.optimizeDeps.include = [...(config.optimizeDeps.include ?? []), '@tanstack/react-query'];
    return config;
  },
});
