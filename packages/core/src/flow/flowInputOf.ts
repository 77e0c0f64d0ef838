import type { FlowInput } from './flowTypes.ts';

/** The options that say what a flow asks the proxy for. */
export interface FlowInputOptions {
  input?: FlowInput | undefined;
  /** The old name of `input`. */
  request?: FlowInput | undefined;
}

/**
 * What the flow sends to the proxy as the creation's JSON body: `input`, or `request`, its old
 * name (kept working), or `{}` when neither is given. Both at once is a mistake with no right
 * answer (which one did the app mean?), so it is a `TypeError`, as is anything but a JSON object.
 *
 * @example
 * flowInputOf({ input: { orderId: '1042' } }) // { orderId: '1042' }
 * flowInputOf({ request: { bank: { search: 'DEMO' } } }) // the old name, the same meaning
 */
export function flowInputOf(options: FlowInputOptions): FlowInput {
  const { input, request } = options;
  if (input !== undefined && request !== undefined) {
    throw new TypeError(
      'webform-kit: give the flow `input` or its old name `request`, not both (`request` is an alias of `input`)',
    );
  }
  const value: unknown = input ?? request ?? {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError(
      `webform-kit: a flow's \`input\` must be a JSON object such as { orderId: '1042' }, got ${
        Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value
      }`,
    );
  }
  return value;
}
