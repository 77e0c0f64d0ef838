import { RETURN_PARAM_NAMES, isAbsoluteHttpUrl, type ReturnParams } from '@webform-kit/core';

/**
 * The return-trip URLs appended to an opened web form URL (`redirectUrl`, `errorRedirectUrl`,
 * `abortRedirectUrl`, `customerSupportUrl`), decoded once, so their own encoded query comes back
 * intact. Only absolute http(s) URLs are honoured; anything else (`javascript:`, relative
 * paths...) is ignored as if it had not been given.
 */
export function readReturnUrls(search: URLSearchParams): ReturnParams {
  const urls: ReturnParams = {};
  for (const name of RETURN_PARAM_NAMES) {
    const value = search.get(name);
    if (value !== null && isAbsoluteHttpUrl(value)) urls[name] = value;
  }
  return urls;
}
