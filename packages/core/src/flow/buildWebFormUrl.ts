import { appendReturnParams } from '../appendReturnParams.ts';
import type { ReturnParams } from '../appendReturnParams.ts';
import { normaliseOrigins } from '../checkReturnUrl.ts';
import { createReturnUrls } from '../createReturnUrls.ts';
import type { ReturnTarget } from '../createReturnUrls.ts';
import { ReturnUrlError } from '../returnUrlError.ts';

export interface ReturnConfig {
  /** The app's return route (absolute http(s)); without it no return URLs are appended. */
  returnTo?: string | undefined;
  /** Origins the return URLs may point at; default: the page's own origin. */
  allowedOrigins?: readonly string[] | undefined;
  customerSupportUrl?: string | undefined;
}

function originsOf(config: ReturnConfig, pageHref: string): readonly string[] | undefined {
  if (config.allowedOrigins !== undefined) {
    try {
      normaliseOrigins(config.allowedOrigins);
    } catch (error) {
      // A configuration mistake: report it as the kit's typed URL error, before anything exists.
      throw new ReturnUrlError('returnTo', 'malformed', (error as Error).message);
    }
    return config.allowedOrigins;
  }
  return pageHref === '' ? undefined : [new URL(pageHref).origin];
}

/**
 * The web form URL with core's return parameters appended: `redirectUrl`, `errorRedirectUrl`
 * and `abortRedirectUrl` for `returnTo` carrying the id and `state`, plus `customerSupportUrl`.
 * Without `allowedOrigins`, only the origin of `pageHref` (the app's page) is allowed. Throws
 * core's `ReturnUrlError` for a refused URL (scheme, origin, length).
 *
 * @example
 * buildWebFormUrl(webForm.url, { webFormId: webForm.id }, state,
 *   { returnTo: 'https://shop.example/return' }, 'https://shop.example/checkout')
 */
export function buildWebFormUrl(
  webFormUrl: string,
  target: ReturnTarget,
  state: string,
  config: ReturnConfig,
  pageHref: string,
): string {
  const allowedOrigins = originsOf(config, pageHref);
  const params: ReturnParams = {
    ...(config.returnTo === undefined ? {} : createReturnUrls(config.returnTo, target, state)),
    customerSupportUrl: config.customerSupportUrl,
  };
  return appendReturnParams(
    webFormUrl,
    params,
    allowedOrigins === undefined ? {} : { allowedOrigins },
  );
}

const PLACEHOLDER_ID = '00000000-0000-0000-0000-000000000000';
const PLACEHOLDER_URL = 'https://webform.invalid/wf/00000000-0000-0000-0000-000000000000';

/**
 * Runs the same checks as {@link buildWebFormUrl} on a placeholder, so a refused `returnTo` is
 * reported before a web form is created at finAPI.
 */
export function checkReturnConfig(config: ReturnConfig, state: string, pageHref: string): void {
  buildWebFormUrl(PLACEHOLDER_URL, { webFormId: PLACEHOLDER_ID }, state, config, pageHref);
}
