import { checkReturnUrl } from './checkReturnUrl.ts';
import { isNonce } from './createNonce.ts';
import { isResourceId } from './isResourceId.ts';
import { joinQuery, paramNameOf, splitQuery } from './splitQuery.ts';

/** Which way the web form sent the user back. A hint only: the proxy decides the outcome. */
export type ReturnVia = 'success' | 'error' | 'abort';
export const RETURN_VIAS = ['success', 'error', 'abort'] as const satisfies readonly ReturnVia[];

/** The query parameters the kit adds to the app's return route. */
export const RETURN_QUERY = {
  webFormId: 'webFormId',
  taskId: 'taskId',
  state: 'state',
  via: 'via',
} as const;

/** What the return URLs refer to: a web form, or the background task that needed one. */
export type ReturnTarget = { webFormId: string } | { taskId: string };

export interface ReturnUrls {
  redirectUrl: string;
  errorRedirectUrl: string;
  abortRedirectUrl: string;
}

/**
 * Builds the three return URLs for an app route. Each carries the web form (or task) id, the
 * `state` nonce and which way the user came back; the route's own query and fragment are kept.
 *
 * @example
 * const state = createNonce();
 * const urls = createReturnUrls('https://shop.example/return', { webFormId: webForm.id }, state);
 * const url = appendReturnParams(webForm.url, urls, { allowedOrigins: ['https://shop.example'] });
 */
export function createReturnUrls(
  returnTo: string,
  target: ReturnTarget,
  state: string,
): ReturnUrls {
  const url = checkReturnUrl('returnTo', returnTo);
  const [idName, id] =
    'webFormId' in target
      ? ([RETURN_QUERY.webFormId, target.webFormId] as const)
      : ([RETURN_QUERY.taskId, target.taskId] as const);
  if (!isResourceId(id)) throw new TypeError(`${idName} must be a 36-character id`);
  if (!isNonce(state)) throw new TypeError('state must be a nonce from createNonce()');

  // The route's own pairs stay as written (see splitQuery); the kit's values need no encoding,
  // as ids, nonces and vias are checked to be URL-safe.
  const { base, pairs, fragment } = splitQuery(url.href);
  const names: readonly string[] = Object.values(RETURN_QUERY);
  const kept = pairs.filter((pair) => !names.includes(paramNameOf(pair)));
  const build = (via: ReturnVia): string =>
    joinQuery({
      base,
      pairs: [
        ...kept,
        `${idName}=${id}`,
        `${RETURN_QUERY.state}=${state}`,
        `${RETURN_QUERY.via}=${via}`,
      ],
      fragment,
    });
  return {
    redirectUrl: build('success'),
    errorRedirectUrl: build('error'),
    abortRedirectUrl: build('abort'),
  };
}
