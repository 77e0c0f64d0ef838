import { isNonce } from './createNonce.ts';
import { RETURN_QUERY, RETURN_VIAS, type ReturnVia } from './createReturnUrls.ts';
import { isResourceId } from './isResourceId.ts';
import { joinQuery, paramNameOf, splitQuery } from './splitQuery.ts';

/** A return URL as {@link parseReturn} read it. `via` is a hint; ask the proxy for the outcome. */
export type ReturnInfo =
  | { resource: 'web-form'; id: string; state: string; via: ReturnVia }
  | { resource: 'task'; id: string; state: string; via: ReturnVia };

/**
 * Why a URL is not a usable return URL:
 * - `not-a-return`: none of the kit's parameters are present (the user came some other way);
 * - `missing`: some are present, others missing;
 * - `duplicate`: a parameter appears twice, which a URL built by the kit never does;
 * - `invalid-id`, `invalid-state`, `invalid-via`: a value has the wrong shape.
 */
export type ReturnParseErrorCode =
  'not-a-return' | 'missing' | 'duplicate' | 'invalid-id' | 'invalid-state' | 'invalid-via';

export class ReturnParseError extends Error {
  override readonly name = 'ReturnParseError';
  constructor(
    readonly code: ReturnParseErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export type ParseReturnResult =
  { ok: true; value: ReturnInfo } | { ok: false; error: ReturnParseError };

function fail(code: ReturnParseErrorCode, message: string): ParseReturnResult {
  return { ok: false, error: new ReturnParseError(code, message) };
}

/**
 * Reads a return URL built by {@link createReturnUrls}. Takes a URL, a string (absolute, or a
 * query such as `location.search`) or `URLSearchParams`. It never throws: a tampered or foreign
 * URL comes back as a typed error.
 *
 * @example
 * const result = parseReturn(window.location.href);
 * if (result.ok && result.value.state === storedState) confirmWithProxy(result.value.id);
 */
export function parseReturn(input: string | URL | URLSearchParams): ParseReturnResult {
  let params: URLSearchParams;
  if (input instanceof URLSearchParams) params = input;
  else if (input instanceof URL) params = input.searchParams;
  else if (/^[a-z][a-z0-9+.-]*:/i.test(input)) {
    try {
      params = new URL(input).searchParams;
    } catch {
      return fail('not-a-return', 'the return URL is not a valid URL');
    }
  } else {
    // The fragment goes first: a `?` inside it (`/return#/x?webFormId=...`) is not the query,
    // as it is not for absolute URLs either.
    const beforeHash = input.split('#', 1)[0] ?? '';
    const q = beforeHash.indexOf('?');
    params = new URLSearchParams(q === -1 ? beforeHash : beforeHash.slice(q + 1));
  }

  const names = Object.values(RETURN_QUERY);
  if (!names.some((name) => params.has(name))) {
    return fail('not-a-return', 'the URL carries no return parameters');
  }
  for (const name of names) {
    if (params.getAll(name).length > 1) return fail('duplicate', `${name} appears more than once`);
  }
  const webFormId = params.get(RETURN_QUERY.webFormId);
  const taskId = params.get(RETURN_QUERY.taskId);
  const state = params.get(RETURN_QUERY.state);
  const via = params.get(RETURN_QUERY.via);
  if (webFormId !== null && taskId !== null) {
    return fail('duplicate', 'both webFormId and taskId are present');
  }
  const id = webFormId ?? taskId;
  if (id === null || state === null || via === null) {
    return fail('missing', 'the return URL lacks an id, state or via');
  }
  if (!isResourceId(id)) return fail('invalid-id', 'the id is not a 36-character id');
  if (!isNonce(state)) return fail('invalid-state', 'state is not a nonce');
  if (!(RETURN_VIAS as readonly string[]).includes(via)) {
    return fail('invalid-via', 'via is not success, error or abort');
  }
  return {
    ok: true,
    value: { resource: webFormId !== null ? 'web-form' : 'task', id, state, via: via as ReturnVia },
  };
}

/**
 * The URL with the kit's return parameters removed, for `history.replaceState` so that a reload
 * or a shared link does not replay the return. The app's own parameters stay as written.
 *
 * @example
 * history.replaceState(history.state, '', stripReturnParams(location.href));
 */
export function stripReturnParams(href: string): string {
  const { base, pairs, fragment } = splitQuery(new URL(href).href);
  const names: readonly string[] = Object.values(RETURN_QUERY);
  return joinQuery({
    base,
    pairs: pairs.filter((pair) => !names.includes(paramNameOf(pair))),
    fragment,
  });
}
