import {
  checkReturnUrl,
  FlowSummarySchema,
  formatIssues,
  ReturnUrlError,
  type FlowSummary,
} from '@webform-kit/core';
import type { ProxyContext } from '../ProxyContext.ts';
import type { Creation } from '../resources/creations.ts';
import { redirectRefusal } from '../routes/redirectRefusal.ts';
import { WebFormProxyError } from '../WebFormProxyError.ts';
import type { PreparedFlow } from './prepare.ts';

/** A creation as the proxy sends it: the checked finAPI body, and what the app said it is for. */
export interface CheckedCreation {
  /** finAPI's body, as core's request schema parsed it, without any `callbacks`. */
  body: Record<string, unknown>;
  reference: string | undefined;
  summary: FlowSummary | undefined;
}

/** The longest reference kept: an order id, a UUID, a composite key; not a document. */
const MAX_REFERENCE_LENGTH = 256;

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * An app's bug in `prepare` (a result without a body, an invalid summary or reference): answered
 * `500 INTERNAL_ERROR` with nothing of it told to the browser, and reported to `onEvent`.
 */
function appBug(ctx: ProxyContext, creation: Creation, problem: string): WebFormProxyError {
  ctx.emit({ type: 'error', error: new TypeError(`prepare for ${creation.kind} ${problem}`) });
  return new WebFormProxyError(500, 'INTERNAL_ERROR', 'The proxy failed unexpectedly');
}

/**
 * Checks what `prepare` returned for a creation. The body is finAPI's, checked with core's
 * request schema for the kind after any `callbacks` in it are dropped (the proxy sets its own),
 * so unknown fields, prototype keys (`__proto__`, `constructor`) and anything else the schema
 * does not name never reach finAPI; a `redirectUrl` outside the allowed origins is refused. A
 * body failing the schema is `400 INVALID_REQUEST` naming the fields (it is often the browser's
 * input, passed on); a missing body, an invalid `reference` or `summary` are the app's bug (500).
 *
 * @example
 * const { body, reference, summary } = checkPrepared(ctx, creation, await ctx.prepare(context), input);
 */
export function checkPrepared(
  ctx: ProxyContext,
  creation: Creation,
  prepared: PreparedFlow,
  input: unknown,
): CheckedCreation {
  if (!isObject(prepared)) throw appBug(ctx, creation, 'returned no object');
  const { body, reference, summary } = prepared;
  if (!isObject(body)) {
    if (body === input) {
      throw new WebFormProxyError(400, 'INVALID_REQUEST', 'The request body must be a JSON object');
    }
    throw appBug(ctx, creation, 'returned no body object');
  }
  if (
    reference !== undefined &&
    (typeof reference !== 'string' ||
      reference.length === 0 ||
      reference.length > MAX_REFERENCE_LENGTH)
  ) {
    throw appBug(
      ctx,
      creation,
      `returned a reference that is not a string of 1 to ${MAX_REFERENCE_LENGTH} characters`,
    );
  }
  let checkedSummary: FlowSummary | undefined;
  if (summary !== undefined) {
    const parsed = FlowSummarySchema.safeParse(summary);
    if (!parsed.success) {
      const issues = formatIssues(parsed.error.issues).slice(0, 5).join('; ');
      throw appBug(ctx, creation, `returned an invalid summary: ${issues}`);
    }
    checkedSummary = parsed.data;
  }

  // The browser (or a body built from its input) never chooses where finAPI calls back.
  const { callbacks: _ignored, ...fields } = body;
  const parsed = creation.bodySchema.safeParse(fields);
  if (!parsed.success) {
    throw new WebFormProxyError(
      400,
      'INVALID_REQUEST',
      `The request body is invalid: ${formatIssues(parsed.error.issues).slice(0, 10).join('; ')}`,
    );
  }
  const checked: Record<string, unknown> = { ...parsed.data };
  if (checked.redirectUrl != null) {
    try {
      checkReturnUrl('redirectUrl', checked.redirectUrl, ctx.allowedOrigins);
    } catch (error) {
      if (!(error instanceof ReturnUrlError)) throw error;
      throw new WebFormProxyError(400, 'REDIRECT_URL_NOT_ALLOWED', redirectRefusal(error));
    }
  }
  return { body: checked, reference, summary: checkedSummary };
}
