// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** The imports core may not make; `queryCore` admits `@tanstack/query-core`. */
function corePatterns({ queryCore }) {
  return [
    {
      group: ['node:*', 'fs', 'path', 'crypto', 'http', 'https', 'stream', 'buffer'],
      message: 'core must not import Node-only modules',
    },
    {
      group: [
        'react',
        'react-dom',
        'react/*',
        '@tanstack/*',
        ...(queryCore ? ['!@tanstack/query-core'] : []),
      ],
      message: queryCore
        ? 'core knows nothing of React'
        : 'core knows nothing of React; TanStack query-core is for core/flow only',
    },
  ];
}

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/storybook-static/**',
      '**/coverage/**',
      '**/node_modules/**',
      'artifacts/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.tsx', 'packages/react/src/**/*.ts', 'apps/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // Core runs in browsers, workers, Node and edge runtimes: no Node-only modules, no React.
    files: ['packages/core/src/**/*.ts'],
    ignores: ['packages/core/src/**/*.test.ts', 'packages/core/src/**/*.test-d.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: corePatterns({ queryCore: false }) }],
    },
  },
  {
    // The flow engine builds on TanStack's framework-free query-core, an optional peer dependency
    // of the @webform-kit/core/flow entry only, so the main entry never needs it.
    files: ['packages/core/src/flow/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: corePatterns({ queryCore: true }) }],
    },
  },
);
