import {
  MAX_URL_LENGTH,
  RETURN_PARAM_NAMES,
  ReturnUrlError,
  appendReturnParams,
  type ReturnParamName,
  type ReturnParams,
  type ReturnUrlErrorCode,
} from '@webform-kit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const WEB_FORM_URL = 'https://webform.finapi.io/wf/946db09e-5bfc-11eb-ae93-0242ac130002';
const SHOP = 'https://shop.example';
const allowedOrigins = [SHOP];

/** The raw `name=value` pairs of a URL's query, in order, undecoded. */
function rawPairs(url: string): string[] {
  const beforeHash = url.split('#', 1)[0] ?? '';
  const queryAt = beforeHash.indexOf('?');
  return queryAt === -1 || queryAt === beforeHash.length - 1
    ? []
    : beforeHash.slice(queryAt + 1).split('&');
}

/** The value of `name` read back by hand with decodeURIComponent, to check more than one reader. */
function decodedByHand(url: string, name: string): string[] {
  return rawPairs(url)
    .filter((pair) => pair.split('=', 1)[0] === name)
    .map((pair) => decodeURIComponent(pair.slice(name.length + 1)));
}

function refusal(run: () => unknown): { code: ReturnUrlErrorCode; param: string; message: string } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ReturnUrlError);
    const { code, param, message } = error as ReturnUrlError;
    return { code, param, message };
  }
  throw new Error('expected a ReturnUrlError, but nothing was thrown');
}

// ---------------------------------------------------------------------------------------------
// Arbitraries: return URLs on the allowed origin whose path, query and fragment carry the
// characters that break naive encoding.
// ---------------------------------------------------------------------------------------------

const tricky = fc.constantFrom(
  '&',
  '#',
  '+',
  '%',
  '=',
  '?',
  '/',
  '%20',
  '%2B',
  '%25',
  '%26',
  ';',
  ',',
  ':',
  '@',
  '!',
  '$',
  "'",
  '(',
  ')',
  '*',
  '~',
  'ü',
  'ß',
  '€',
  '日本',
  '😀',
  'a',
  'Z',
  '0',
  '-',
  '.',
  '_',
);
// Any printable grapheme the URL check lets through (no whitespace, controls or backslash).
const printable = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 1 })
  // eslint-disable-next-line no-control-regex
  .filter((s) => !/[\u0000-\u0020\u007f-\u009f\\]/.test(s));
const text = fc.string({ unit: fc.oneof(tricky, printable), maxLength: 24 });

const nestedUrl = fc
  .tuple(text, text)
  .map(([path, query]) => `https://bank.example/${path}?${query}`);

const returnUrl = fc
  .record({
    path: text,
    query: fc.option(
      fc.oneof(
        text,
        // A URL inside the query, encoded once as an app would put it there.
        nestedUrl.map((inner) => `next=${encodeURIComponent(inner)}&x=1`),
        // ... or encoded twice, as when it already sat in another URL's query.
        nestedUrl.map((inner) => `next=${encodeURIComponent(encodeURIComponent(inner))}`),
      ),
      { nil: undefined },
    ),
    fragment: fc.option(text, { nil: undefined }),
  })
  .map(
    ({ path, query, fragment }) =>
      `${SHOP}/${path}${query === undefined ? '' : `?${query}`}${fragment === undefined ? '' : `#${fragment}`}`,
  );

const returnParams = fc.record(
  {
    redirectUrl: returnUrl,
    errorRedirectUrl: returnUrl,
    abortRedirectUrl: returnUrl,
    customerSupportUrl: returnUrl,
  },
  { requiredKeys: [] },
);

describe('appendReturnParams round trips (property)', () => {
  it('reads back every appended URL exactly, with URLSearchParams and with decodeURIComponent', () => {
    fc.assert(
      fc.property(returnParams, (params) => {
        const result = appendReturnParams(WEB_FORM_URL, params, { allowedOrigins });
        const read = new URL(result).searchParams;
        for (const name of RETURN_PARAM_NAMES) {
          const value = params[name];
          if (value === undefined) {
            expect(read.has(name)).toBe(false);
          } else {
            expect(read.getAll(name)).toEqual([value]);
            expect(decodedByHand(result, name)).toEqual([value]);
          }
        }
      }),
    );
  });

  it("keeps the web form URL's own query and fragment", () => {
    const ownPair = fc
      .tuple(fc.constantFrom('lang', 'theme', 'x'), text)
      .map(([name, value]) => `${name}=${encodeURIComponent(value)}`);
    fc.assert(
      fc.property(
        fc.array(ownPair, { maxLength: 3 }),
        fc.option(text.map(encodeURI), { nil: undefined }),
        returnParams,
        (own, fragment, params) => {
          const webFormUrl = `${WEB_FORM_URL}${own.length ? `?${own.join('&')}` : ''}${fragment === undefined ? '' : `#${fragment}`}`;
          const result = appendReturnParams(webFormUrl, params, { allowedOrigins });
          expect(result.startsWith(`${WEB_FORM_URL}`)).toBe(true);
          expect(rawPairs(result).slice(0, own.length)).toEqual(own);
          const hashAt = result.indexOf('#');
          expect(hashAt === -1 ? undefined : result.slice(hashAt + 1)).toEqual(fragment);
        },
      ),
    );
  });

  it('replaces a parameter the web form URL already carries instead of repeating it', () => {
    fc.assert(
      fc.property(returnUrl, returnUrl, (old, fresh) => {
        const webFormUrl = `${WEB_FORM_URL}?redirectUrl=${encodeURIComponent(old)}&lang=de`;
        const result = appendReturnParams(webFormUrl, { redirectUrl: fresh }, { allowedOrigins });
        expect(new URL(result).searchParams.getAll('redirectUrl')).toEqual([fresh]);
        expect(new URL(result).searchParams.get('lang')).toBe('de');
      }),
    );
  });
});

describe('appendReturnParams, by example', () => {
  it('encodes each URL so its own query and fragment come back intact', () => {
    const redirectUrl = 'https://shop.example/return?order=42&note=a+b%20c#done';
    const result = appendReturnParams(WEB_FORM_URL, { redirectUrl }, { allowedOrigins });
    expect(result).toBe(
      `${WEB_FORM_URL}?redirectUrl=https%3A%2F%2Fshop.example%2Freturn%3Forder%3D42%26note%3Da%2Bb%2520c%23done`,
    );
    expect(new URL(result).searchParams.get('redirectUrl')).toBe(redirectUrl);
  });

  it('appends in a fixed order and leaves absent or undefined parameters out', () => {
    const result = appendReturnParams(WEB_FORM_URL, {
      customerSupportUrl: 'https://shop.example/help',
      redirectUrl: 'https://shop.example/ok',
      abortRedirectUrl: undefined,
    });
    expect(rawPairs(result).map((pair) => pair.split('=')[0])).toEqual([
      'redirectUrl',
      'customerSupportUrl',
    ]);
  });

  it('returns the web form URL unchanged when no parameter is given', () => {
    const url = `${WEB_FORM_URL}?lang=de#top`;
    expect(appendReturnParams(url, {})).toBe(url);
  });

  it('replaces a parameter present under an encoded name', () => {
    const url = `${WEB_FORM_URL}?redirect%55rl=https%3A%2F%2Fold.example`;
    const result = appendReturnParams(url, { redirectUrl: 'https://shop.example/new' });
    expect(rawPairs(result)).toEqual(['redirectUrl=https%3A%2F%2Fshop.example%2Fnew']);
  });

  it('keeps a parameter of the web form URL that is not being set', () => {
    const url = `${WEB_FORM_URL}?customerSupportUrl=https%3A%2F%2Fshop.example%2Fhelp`;
    const result = appendReturnParams(url, { redirectUrl: 'https://shop.example/ok' });
    expect(new URL(result).searchParams.get('customerSupportUrl')).toBe(
      'https://shop.example/help',
    );
  });

  it('accepts an allowed origin written with a default port, trailing slash or capitals', () => {
    expect(() =>
      appendReturnParams(
        WEB_FORM_URL,
        { redirectUrl: 'https://SHOP.example/ok' },
        { allowedOrigins: ['https://Shop.Example:443/'] },
      ),
    ).not.toThrow();
  });

  it('refuses an allowedOrigins entry that is not an http(s) origin, as a programming error', () => {
    expect(() =>
      appendReturnParams(WEB_FORM_URL, {}, { allowedOrigins: ['shop.example'] }),
    ).toThrow(TypeError);
  });
});

describe('appendReturnParams refuses unsafe return URLs, naming the parameter', () => {
  it.each<[string, string, ReturnUrlErrorCode]>([
    ['javascript:', 'javascript:alert(document.cookie)', 'unsupported-scheme'],
    ['JaVaScRiPt:', 'JaVaScRiPt:alert(1)', 'unsupported-scheme'],
    ['data:', 'data:text/html,<script>alert(1)</script>', 'unsupported-scheme'],
    ['ftp:', 'ftp://shop.example/file', 'unsupported-scheme'],
    ['vbscript:', 'vbscript:msgbox(1)', 'unsupported-scheme'],
    ['relative path', '/return', 'not-absolute'],
    ['relative name', 'return?x=1', 'not-absolute'],
    ['protocol-relative', '//evil.test/return', 'not-absolute'],
    ['scheme without slashes', 'https:evil.test/return', 'not-absolute'],
    ['three slashes', 'https:///evil.test', 'not-absolute'],
    ['backslashes', 'https:\\\\evil.test', 'malformed'],
    ['a backslash after the host', 'https://shop.example\\@evil.test', 'malformed'],
    ['a newline inside javascript:', 'java\nscript:alert(1)', 'malformed'],
    ['a tab inside the scheme', 'ht\ttps://shop.example/', 'malformed'],
    ['a leading space', ' https://shop.example/', 'malformed'],
    ['a NUL character', 'https://shop.example/\u0000', 'malformed'],
    ['a C1 control character', 'https://shop.example/\u0085', 'malformed'],
    ['a lone surrogate', 'https://shop.example/\uD800', 'malformed'],
    ['an empty string', '', 'malformed'],
    ['user info', 'https://shop.example@evil.test/', 'credentials'],
    ['user and password', 'https://user:secret@shop.example/', 'credentials'],
  ])('refuses %s', (_, redirectUrl, code) => {
    const error = refusal(() =>
      appendReturnParams(WEB_FORM_URL, { redirectUrl }, { allowedOrigins }),
    );
    expect(error.code).toBe(code);
    expect(error.param).toBe('redirectUrl');
    expect(error.message).toMatch(/^redirectUrl: /);
  });

  it.each([
    ['a subdomain look-alike', 'https://shop.example.evil.test/return'],
    ['another port', 'https://shop.example:8443/return'],
    ['http instead of https', 'http://shop.example/return'],
    ['a sibling subdomain', 'https://www.shop.example/return'],
    ['a trailing dot', 'https://shop.example./return'],
  ])('refuses %s when only https://shop.example is allowed', (_, url) => {
    for (const param of RETURN_PARAM_NAMES) {
      const error = refusal(() =>
        appendReturnParams(WEB_FORM_URL, { [param]: url }, { allowedOrigins }),
      );
      expect(error).toMatchObject({ code: 'origin-not-allowed', param });
      expect(error.message).toContain('is not in allowedOrigins');
    }
  });

  it('names the failing parameter among several', () => {
    const error = refusal(() =>
      appendReturnParams(
        WEB_FORM_URL,
        {
          redirectUrl: 'https://shop.example/ok',
          errorRedirectUrl: 'https://shop.example/error',
          customerSupportUrl: 'javascript:alert(1)',
        },
        { allowedOrigins },
      ),
    );
    expect(error).toMatchObject({ code: 'unsupported-scheme', param: 'customerSupportUrl' });
    expect(error.message).toBe(
      'customerSupportUrl: the javascript: scheme is refused; only http(s)',
    );
  });

  it.each<[string, string]>([
    ['javascript:', 'javascript:alert(1)'],
    ['relative', '/wf/946db09e-5bfc-11eb-ae93-0242ac130002'],
    ['with credentials', 'https://user@webform.finapi.io/wf/1'],
  ])('refuses a web form URL that is %s as webFormUrl', (_, url) => {
    expect(refusal(() => appendReturnParams(url, {})).param).toBe('webFormUrl');
  });
});

describe('appendReturnParams keeps every URL within 2048 characters', () => {
  const longUrl = (length: number) => {
    const prefix = 'https://shop.example/';
    return `${prefix}${'a'.repeat(length - prefix.length)}`;
  };

  it('refuses a return URL of exactly 2048 characters for the result, not for itself', () => {
    const error = refusal(() =>
      appendReturnParams(WEB_FORM_URL, { redirectUrl: longUrl(MAX_URL_LENGTH) }),
    );
    expect(error).toMatchObject({ code: 'too-long', param: 'redirectUrl' });
    expect(error.message).toMatch(
      /^redirectUrl: appending it makes the web form URL \d+ characters; at most 2048$/,
    );
  });

  it.each(RETURN_PARAM_NAMES)('refuses %s over 2048 characters', (param: ReturnParamName) => {
    const error = refusal(() =>
      appendReturnParams(WEB_FORM_URL, { [param]: longUrl(MAX_URL_LENGTH + 1) }),
    );
    expect(error).toMatchObject({ code: 'too-long', param });
    expect(error.message).toBe(`${param}: is 2049 characters; at most 2048`);
  });

  it('refuses a web form URL over 2048 characters', () => {
    const url = `${WEB_FORM_URL}?pad=${'x'.repeat(MAX_URL_LENGTH)}`;
    expect(refusal(() => appendReturnParams(url, {}))).toMatchObject({
      code: 'too-long',
      param: 'webFormUrl',
    });
  });

  it('refuses a result over 2048 characters, naming the parameter that tipped it over', () => {
    const third = longUrl(700);
    const params: ReturnParams = {
      redirectUrl: third,
      errorRedirectUrl: third,
      abortRedirectUrl: third,
    };
    const error = refusal(() => appendReturnParams(WEB_FORM_URL, params));
    expect(error).toMatchObject({ code: 'too-long', param: 'abortRedirectUrl' });
  });

  it('never returns a URL over 2048 characters (property)', () => {
    const anyLength = fc.nat({ max: 1200 }).map((n) => longUrl(30 + n));
    fc.assert(
      fc.property(
        fc.record({ redirectUrl: anyLength, errorRedirectUrl: anyLength }, { requiredKeys: [] }),
        (params) => {
          try {
            expect(appendReturnParams(WEB_FORM_URL, params).length).toBeLessThanOrEqual(
              MAX_URL_LENGTH,
            );
          } catch (error) {
            expect(error).toMatchObject({ code: 'too-long' });
          }
        },
      ),
    );
  });
});

describe('appendReturnParams on arbitrary input (property)', () => {
  it('either returns a URL that reads back the value or throws a ReturnUrlError', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (value) => {
        let result: string;
        try {
          result = appendReturnParams(WEB_FORM_URL, { redirectUrl: value });
        } catch (error) {
          expect(error).toBeInstanceOf(ReturnUrlError);
          return;
        }
        expect(new URL(result).searchParams.get('redirectUrl')).toBe(value);
      }),
    );
  });

  it('never lets a non-http(s) scheme through, whatever its case', () => {
    const scheme = fc.constantFrom('javascript', 'data', 'vbscript', 'file', 'ftp', 'blob');
    const mixedCase = scheme.chain((s) =>
      fc
        .array(fc.boolean(), { minLength: s.length, maxLength: s.length })
        .map((upper) => [...s].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join('')),
    );
    fc.assert(
      fc.property(mixedCase, text, (s, rest) => {
        const error = refusal(() =>
          appendReturnParams(WEB_FORM_URL, { redirectUrl: `${s}:${rest}` }),
        );
        expect(error.code).toBe('unsupported-scheme');
      }),
    );
  });
});
