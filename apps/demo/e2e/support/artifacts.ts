import { fileURLToPath } from 'node:url';

/** Where the end-to-end tests put their screenshots: gitignored, kept by CI as artifacts. */
export const ARTIFACTS_DIR = fileURLToPath(new URL('../../../../artifacts/e2e/', import.meta.url));

/**
 * A file-name-safe form of a test name.
 *
 * @example
 * slugOf('standalone-payment: Complete with error') // 'standalone-payment-complete-with-error'
 */
export function slugOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
