import {
  RETURN_VIAS,
  ReturnParseError,
  ReturnUrlError,
  appendReturnParams,
  createNonce,
  createReturnUrls,
  isNonce,
  parseReturn,
  stripReturnParams,
  type ReturnParseErrorCode,
  type ReturnTarget,
  type ReturnUrls,
  type ReturnVia,
} from '@webform-kit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const WEB_FORM_ID = '946db09e-5bfc-11eb-ae93-0242ac130002';
const TASK_ID = '31c508d8-51da-11eb-ae93-0242ac130002';
const STATE = 'kMeiLcPtf4YqBHlssdBVxA';
// An app route that already has its own query (written as the app wrote it) and a fragment.
const ROUTE = 'https://shop.example/checkout/return?cart=7&next=/orders&flag&q=a%20b#summary';

const URL_FOR_VIA: Record<ReturnVia, keyof ReturnUrls> = {
  success: 'redirectUrl',
  error: 'errorRedirectUrl',
  abort: 'abortRedirectUrl',
};

function failure(result: ReturnType<typeof parseReturn>): ReturnParseError {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`);
  return result.error;
}

describe('createNonce', () => {
  it('creates distinct URL-safe nonces that isNonce recognises', () => {
    const nonces = Array.from({ length: 50 }, createNonce);
    expect(new Set(nonces).size).toBe(50);
    for (const nonce of nonces) {
      expect(nonce).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(isNonce(nonce)).toBe(true);
    }
  });
});

describe('createReturnUrls -> parseReturn round trip', () => {
  const targets: [string, ReturnTarget, 'web-form' | 'task', string][] = [
    ['a web form', { webFormId: WEB_FORM_ID }, 'web-form', WEB_FORM_ID],
    ['a task', { taskId: TASK_ID }, 'task', TASK_ID],
  ];
  const cases = targets.flatMap((target) => RETURN_VIAS.map((via) => [...target, via] as const));

  it.each(cases)('reads back %s returning via %s', (_, target, resource, id, via) => {
    const urls = createReturnUrls(ROUTE, target, STATE);
    const href = urls[URL_FOR_VIA[via]];
    const expected = { ok: true, value: { resource, id, state: STATE, via } };
    expect(parseReturn(href)).toEqual(expected);
    expect(parseReturn(new URL(href))).toEqual(expected);
    expect(parseReturn(new URL(href).search)).toEqual(expected);
    expect(parseReturn(new URL(href).searchParams)).toEqual(expected);
  });

  it("keeps the route's own query, as written, and its fragment", () => {
    const { redirectUrl } = createReturnUrls(ROUTE, { webFormId: WEB_FORM_ID }, STATE);
    expect(redirectUrl).toBe(
      `https://shop.example/checkout/return?cart=7&next=/orders&flag&q=a%20b&webFormId=${WEB_FORM_ID}&state=${STATE}&via=success#summary`,
    );
  });

  it("replaces the kit's parameters a route already carries instead of repeating them", () => {
    const stale = `https://shop.example/return?webFormId=${TASK_ID}&via=abort&state=old-state-0123456789`;
    const { redirectUrl } = createReturnUrls(stale, { taskId: TASK_ID }, STATE);
    expect(redirectUrl).toBe(
      `https://shop.example/return?taskId=${TASK_ID}&state=${STATE}&via=success`,
    );
  });

  it('survives the trip through appendReturnParams and back out of the web form URL', () => {
    const state = createNonce();
    const urls = createReturnUrls(ROUTE, { webFormId: WEB_FORM_ID }, state);
    const webFormUrl = appendReturnParams(
      `https://webform.finapi.io/wf/${WEB_FORM_ID}`,
      { ...urls, customerSupportUrl: 'https://shop.example/help' },
      { allowedOrigins: ['https://shop.example'] },
    );
    // What the web form does on "abort": read abortRedirectUrl and send the user there.
    const sentBackTo = new URL(webFormUrl).searchParams.get('abortRedirectUrl') ?? '';
    expect(sentBackTo).toBe(urls.abortRedirectUrl);
    expect(parseReturn(sentBackTo)).toEqual({
      ok: true,
      value: { resource: 'web-form', id: WEB_FORM_ID, state, via: 'abort' },
    });
  });

  it('round-trips any route on the origin with any query and fragment (property)', () => {
    const part = fc.string({
      unit: fc.constantFrom('a', 'Z', '9', '-', '_', '.', '~', '%20', 'ü', '/'),
      maxLength: 12,
    });
    const route = fc
      .tuple(
        part,
        fc.array(fc.tuple(fc.constantFrom('page', 'ref', 'q'), part), { maxLength: 3 }),
        fc.option(part, { nil: undefined }),
      )
      .map(
        ([path, query, fragment]) =>
          `https://shop.example/${path}${query.length ? `?${query.map(([k, v]) => `${k}=${v}`).join('&')}` : ''}${fragment === undefined ? '' : `#${fragment}`}`,
      );
    fc.assert(
      fc.property(route, fc.constantFrom(...RETURN_VIAS), (returnTo, via) => {
        const state = createNonce();
        const urls = createReturnUrls(returnTo, { taskId: TASK_ID }, state);
        expect(parseReturn(urls[URL_FOR_VIA[via]])).toEqual({
          ok: true,
          value: { resource: 'task', id: TASK_ID, state, via },
        });
        expect(stripReturnParams(urls[URL_FOR_VIA[via]])).toBe(new URL(returnTo).href);
      }),
    );
  });
});

describe('createReturnUrls refuses bad input', () => {
  it('refuses a javascript: route as returnTo', () => {
    expect(() =>
      createReturnUrls('javascript:alert(1)', { webFormId: WEB_FORM_ID }, STATE),
    ).toThrow(
      expect.objectContaining({
        name: 'ReturnUrlError',
        param: 'returnTo',
        code: 'unsupported-scheme',
      }),
    );
  });

  it('refuses a relative route, as the web form runs on another origin', () => {
    expect(() => createReturnUrls('/return', { webFormId: WEB_FORM_ID }, STATE)).toThrow(
      ReturnUrlError,
    );
  });

  it('refuses an id that is not a finAPI id', () => {
    expect(() => createReturnUrls(ROUTE, { webFormId: '../../x' }, STATE)).toThrow(
      'webFormId must be a 36-character id',
    );
    expect(() => createReturnUrls(ROUTE, { taskId: '42' }, STATE)).toThrow(
      'taskId must be a 36-character id',
    );
  });

  it('refuses a state that is not a nonce', () => {
    expect(() => createReturnUrls(ROUTE, { webFormId: WEB_FORM_ID }, 'short')).toThrow(
      'state must be a nonce from createNonce()',
    );
    expect(() =>
      createReturnUrls(ROUTE, { webFormId: WEB_FORM_ID }, 'a&via=success&x=0123456789'),
    ).toThrow(TypeError);
  });
});

describe('parseReturn on tampered or foreign URLs', () => {
  const good = `https://shop.example/return?webFormId=${WEB_FORM_ID}&state=${STATE}&via=success`;

  it.each<[string, string, ReturnParseErrorCode]>([
    ['no parameters at all', 'https://shop.example/return', 'not-a-return'],
    [
      'only foreign parameters',
      'https://shop.example/return?utm_source=mail&page=2',
      'not-a-return',
    ],
    [
      'kit parameters only in the fragment',
      `https://shop.example/return#webFormId=${WEB_FORM_ID}&state=${STATE}&via=success`,
      'not-a-return',
    ],
    [
      'a relative URL with them only in the fragment',
      `/return#/x?webFormId=${WEB_FORM_ID}&state=${STATE}&via=success`,
      'not-a-return',
    ],
    ['an unparsable absolute URL', 'https://[::1/return?via=success', 'not-a-return'],
    ['a duplicated id', `${good}&webFormId=${WEB_FORM_ID}`, 'duplicate'],
    ['a duplicated state', `${good}&state=${STATE}`, 'duplicate'],
    ['a duplicated via', `${good}&via=error`, 'duplicate'],
    ['both webFormId and taskId', `${good}&taskId=${TASK_ID}`, 'duplicate'],
    [
      'a missing state',
      `https://shop.example/return?webFormId=${WEB_FORM_ID}&via=success`,
      'missing',
    ],
    [
      'a missing via',
      `https://shop.example/return?webFormId=${WEB_FORM_ID}&state=${STATE}`,
      'missing',
    ],
    ['a missing id', `https://shop.example/return?state=${STATE}&via=success`, 'missing'],
    [
      'a path in the id',
      `https://shop.example/return?webFormId=..%2F..%2Fx&state=${STATE}&via=success`,
      'invalid-id',
    ],
    [
      'a 37-character id',
      `https://shop.example/return?taskId=${TASK_ID}0&state=${STATE}&via=success`,
      'invalid-id',
    ],
    [
      'a short state',
      `https://shop.example/return?webFormId=${WEB_FORM_ID}&state=abc&via=success`,
      'invalid-state',
    ],
    [
      'markup in the state',
      `https://shop.example/return?webFormId=${WEB_FORM_ID}&state=%3Cscript%3Ealert(1)%3C%2Fscript%3E&via=success`,
      'invalid-state',
    ],
    [
      'an unknown via',
      `https://shop.example/return?webFormId=${WEB_FORM_ID}&state=${STATE}&via=completed`,
      'invalid-via',
    ],
    [
      'a via in the wrong case',
      `https://shop.example/return?webFormId=${WEB_FORM_ID}&state=${STATE}&via=SUCCESS`,
      'invalid-via',
    ],
  ])('reports %s', (_, href, code) => {
    const error = failure(parseReturn(href));
    expect(error).toBeInstanceOf(ReturnParseError);
    expect(error.code).toBe(code);
    expect(error.message).not.toBe('');
  });

  it('reads a bare query string, as location.search gives it, with or without ?', () => {
    const query = `webFormId=${WEB_FORM_ID}&state=${STATE}&via=error`;
    expect(parseReturn(`?${query}`).ok).toBe(true);
    expect(parseReturn(query).ok).toBe(true);
  });

  it('never throws, whatever string it is given (property)', () => {
    const kitish = fc.constantFrom(
      'webFormId=',
      'taskId=',
      'state=',
      'via=',
      WEB_FORM_ID,
      STATE,
      'success',
      '&',
      '?',
      '#',
      '%',
      'https://',
      ':',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 120 }),
          fc.string({ unit: kitish, maxLength: 12 }),
          fc.webUrl({ withQueryParameters: true, withFragments: true }),
        ),
        (input) => {
          const result = parseReturn(input);
          if (!result.ok) expect(result.error).toBeInstanceOf(ReturnParseError);
        },
      ),
    );
  });
});

describe('stripReturnParams', () => {
  it("removes exactly the kit's parameters and keeps the rest as written", () => {
    const { redirectUrl } = createReturnUrls(ROUTE, { webFormId: WEB_FORM_ID }, STATE);
    expect(stripReturnParams(redirectUrl)).toBe(ROUTE);
  });

  it('removes taskId, and every copy of a duplicated parameter', () => {
    expect(
      stripReturnParams(
        `https://shop.example/r?taskId=${TASK_ID}&a=1&state=x&state=y&via=abort&webFormId=z`,
      ),
    ).toBe('https://shop.example/r?a=1');
  });

  it('drops the ? when nothing else is left, and keeps the fragment', () => {
    expect(
      stripReturnParams(
        `https://shop.example/r?webFormId=${WEB_FORM_ID}&state=${STATE}&via=success#top`,
      ),
    ).toBe('https://shop.example/r#top');
  });

  it("leaves parameters that merely resemble the kit's", () => {
    const href = 'https://shop.example/r?statement=1&viaduct=2&webFormIds=3&my_state=4';
    expect(stripReturnParams(href)).toBe(href);
  });

  it('removes parameters whose names are percent-encoded', () => {
    expect(stripReturnParams('https://shop.example/r?st%61te=x&a=1')).toBe(
      'https://shop.example/r?a=1',
    );
  });

  it('leaves a URL without kit parameters unchanged', () => {
    expect(stripReturnParams(ROUTE)).toBe(ROUTE);
  });
});
