import { stableStringify } from '../stableStringify.ts';
import { flowInputOf } from './flowInputOf.ts';
import type { FlowInputOptions } from './flowInputOf.ts';
import type { FlowKind } from './flowTypes.ts';

/**
 * The start of every flow's `sessionStorage` key: a flow is stored under this, its kind and its
 * input (see `flowStorageKey`) unless it is given a `storageKey`. Before flows were keyed by
 * their input, every flow of a tab was stored under exactly this key; the return route still
 * reads a record left there.
 */
export const DEFAULT_STORAGE_KEY = 'webform-kit:flow';

/** What names a flow's place in storage. */
export interface FlowKeyOptions extends FlowInputOptions {
  kind: FlowKind;
  storageKey?: string | undefined;
}

/**
 * The `sessionStorage` key a flow is stored and resumed under: the explicit `storageKey`, or
 * `webform-kit:flow:` + the kind + the input serialised with sorted keys. So the flow for order B
 * never resumes order A's, and `{ a, b }` finds what `{ b, a }` stored. Also the key under which
 * a second engine joins a creation already in flight.
 *
 * @example
 * flowStorageKey({ kind: 'standalone-payment', input: { orderId: 'A' } })
 * // 'webform-kit:flow:standalone-payment:{"orderId":"A"}'
 */
export function flowStorageKey(options: FlowKeyOptions): string {
  // Checked even with an explicit key: a bad input is the same mistake either way.
  const input = flowInputOf(options);
  if (options.storageKey !== undefined) return options.storageKey;
  let text: string;
  try {
    text = stableStringify(input);
  } catch (error) {
    throw new TypeError(
      `webform-kit: a flow's \`input\` must be serialisable as JSON (${String(error)})`,
      { cause: error },
    );
  }
  return `${DEFAULT_STORAGE_KEY}:${options.kind}:${text}`;
}
