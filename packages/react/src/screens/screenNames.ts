/**
 * The `data-screen` values: a public contract for integrators' tests, analytics and styles.
 * They never change meaning.
 */
export const SCREEN_NAMES = [
  'redirect',
  'waiting',
  'checking',
  'completed',
  'completed-with-error',
  'expired',
  'aborted',
  'web-form-required',
  'connection-error',
] as const;

export type ScreenName = (typeof SCREEN_NAMES)[number];
