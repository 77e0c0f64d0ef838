import type { ReturnParseErrorCode } from '../parseReturn.ts';

/**
 * Why a return URL was not accepted:
 * - the codes of core's `parseReturn` (`not-a-return`, `missing`, `duplicate`, `invalid-id`,
 *   `invalid-state`, `invalid-via`): the URL is not one the kit built;
 * - `unknown-state`: no flow started in this browser carries that `state`;
 * - `id-mismatch`: the id differs from the one the stored flow created;
 * - `unknown-id`: the proxy does not know the id (404);
 * - `too-old`: the stored flow is older than the age limit;
 * - `finished`: the stored flow already ended (a replayed return URL).
 */
export type ReturnFlowErrorReason =
  ReturnParseErrorCode | 'unknown-state' | 'id-mismatch' | 'unknown-id' | 'too-old' | 'finished';

/** `stale-return` for `too-old` and `finished`; `invalid-return` for everything else. */
export type ReturnFlowErrorKind = 'invalid-return' | 'stale-return';

/**
 * A return URL the kit refuses to act on. A refused return never shows an outcome: neither a
 * tampered `via=success` nor a replayed link can produce a false success.
 *
 * @example
 * const flow = useReturnFlow();
 * if (flow.error instanceof ReturnFlowError && flow.error.kind === 'stale-return') {
 *   return <Navigate to="/" />;
 * }
 */
export class ReturnFlowError extends Error {
  override readonly name = 'ReturnFlowError';
  readonly kind: ReturnFlowErrorKind;

  constructor(
    readonly reason: ReturnFlowErrorReason,
    message: string,
  ) {
    super(message);
    this.kind = reason === 'too-old' || reason === 'finished' ? 'stale-return' : 'invalid-return';
  }
}
