/**
 * @webform-kit/react: hooks that follow a finAPI web form through your proxy, and the screens
 * for every state.
 *
 * @packageDocumentation
 */
export * from './hooks/index.ts';
export * from './screens/index.ts';
