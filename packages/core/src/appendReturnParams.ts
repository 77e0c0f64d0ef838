import { checkReturnUrl, normaliseOrigins } from './checkReturnUrl.ts';
import { MAX_URL_LENGTH } from './isAbsoluteHttpUrl.ts';
import { RETURN_PARAM_NAMES, ReturnUrlError, type ReturnParamName } from './returnUrlError.ts';
import { joinQuery, paramNameOf, splitQuery } from './splitQuery.ts';

/** The return-trip parameters finAPI's web form understands; absent ones are left out. */
export type ReturnParams = Partial<Record<ReturnParamName, string | undefined>>;

export interface AppendReturnParamsOptions {
  /**
   * Origins the return URLs may point at (`https://shop.example`). When given, any other origin
   * is refused. Give it in production: it stops a manipulated request from turning the web form
   * into an open redirect.
   */
  allowedOrigins?: readonly string[];
}

/**
 * Appends finAPI's return-trip parameters to a web form URL, each URL-encoded so that its own
 * query comes back intact. The web form URL's existing query and fragment are kept; a parameter
 * already present is replaced rather than repeated.
 *
 * Throws a {@link ReturnUrlError} naming the parameter for anything but an absolute http(s)
 * URL, an origin outside `allowedOrigins`, or a result longer than 2048 characters.
 *
 * @example
 * appendReturnParams(webForm.url, {
 *   redirectUrl: 'https://shop.example/return?order=42',
 *   customerSupportUrl: 'https://shop.example/help',
 * }, { allowedOrigins: ['https://shop.example'] });
 * // https://webform.finapi.io/wf/946d...?redirectUrl=https%3A%2F%2Fshop.example%2Freturn%3Forder%3D42&customerSupportUrl=...
 */
export function appendReturnParams(
  webFormUrl: string,
  params: ReturnParams,
  options: AppendReturnParamsOptions = {},
): string {
  checkReturnUrl('webFormUrl', webFormUrl);
  const allowed = options.allowedOrigins ? normaliseOrigins(options.allowedOrigins) : undefined;

  const { base, pairs: existing, fragment } = splitQuery(webFormUrl);
  const given = RETURN_PARAM_NAMES.filter((name) => params[name] !== undefined);
  const pairs = existing.filter((pair) => !(given as string[]).includes(paramNameOf(pair)));
  const assemble = () => joinQuery({ base, pairs, fragment });
  for (const name of given) {
    const value = params[name] as string;
    checkReturnUrl(name, value, allowed);
    pairs.push(`${name}=${encodeURIComponent(value)}`);
    const length = assemble().length;
    if (length > MAX_URL_LENGTH) {
      throw new ReturnUrlError(
        name,
        'too-long',
        `appending it makes the web form URL ${length} characters; at most ${MAX_URL_LENGTH}`,
      );
    }
  }
  return assemble();
}
