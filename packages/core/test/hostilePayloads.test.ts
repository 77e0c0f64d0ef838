import {
  FlowSummarySchema,
  TaskCallbackSchema,
  TaskSchema,
  TimestampSchema,
  WebFormCallbackSchema,
  WebFormInfoSchema,
  WebFormAnswerSchema,
  WebFormSchema,
  parseFinapiTimestamp,
} from '@webform-kit/core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CREATED_AT,
  EXPIRES_AT,
  WEB_FORM_ID,
  taskExample,
  webFormInfoExample,
} from './fixtures/finapiExamples.ts';
import { issuesOf } from './helpers/issuesOf.ts';

const webForm = {
  id: WEB_FORM_ID,
  url: `https://webform.finapi.io/wf/${WEB_FORM_ID}`,
  createdAt: CREATED_AT,
  expiresAt: EXPIRES_AT,
  type: 'STANDALONE_PAYMENT',
  status: 'COMPLETED',
  payload: { paymentId: 42 },
};

describe('malformed web forms are refused with a message naming the field', () => {
  it('refuses an unknown status and lists the statuses there are', () => {
    expect(issuesOf(WebFormSchema, { ...webForm, status: 'DONE' })).toEqual([
      'status: expected one of "NOT_YET_OPENED", "IN_PROGRESS", "COMPLETED", "COMPLETED_WITH_ERROR", "EXPIRED", "ABORTED"',
    ]);
  });

  it('refuses a status in the wrong case', () => {
    expect(issuesOf(WebFormSchema, { ...webForm, status: 'completed' })[0]).toMatch(
      /^status: expected one of "NOT_YET_OPENED"/,
    );
  });

  it.each([
    ['35 characters', WEB_FORM_ID.slice(1)],
    ['37 characters', `${WEB_FORM_ID}0`],
    ['a path', '../../x'],
    ['a 36-character path', `../../${WEB_FORM_ID.slice(6)}`],
    ['an encoded slash', `${WEB_FORM_ID.slice(3)}%2F`],
    ['an empty string', ''],
  ])('refuses an id that is %s', (_, id) => {
    expect(issuesOf(WebFormSchema, { ...webForm, id })).toEqual([
      'id: must be a 36-character id of letters, digits and dashes',
    ]);
  });

  it('refuses a numeric id', () => {
    expect(issuesOf(WebFormSchema, { ...webForm, id: 42 })).toEqual(['id: expected string']);
  });

  it('refuses a payload id given as a string', () => {
    expect(issuesOf(WebFormSchema, { ...webForm, payload: { paymentId: '42' } })).toEqual([
      'payload.paymentId: expected number',
    ]);
  });

  it('refuses a payload id that is not an integer', () => {
    expect(issuesOf(WebFormSchema, { ...webForm, payload: { bankConnectionId: 1.5 } })).toEqual([
      'payload.bankConnectionId: expected int',
    ]);
  });

  it.each([-1, 0])('refuses a payload id of %d', (standingOrderId) => {
    expect(issuesOf(WebFormSchema, { ...webForm, payload: { standingOrderId } })).toEqual([
      'payload.standingOrderId: must be greater than 0',
    ]);
  });

  it('refuses a payload id beyond what a JSON number holds exactly', () => {
    expect(issuesOf(WebFormSchema, { ...webForm, payload: { paymentId: 2 ** 60 } })).toEqual([
      `payload.paymentId: must be at most ${Number.MAX_SAFE_INTEGER}`,
    ]);
  });

  it('accepts payload ids that are null or absent, as before a final status', () => {
    expect(
      issuesOf(WebFormSchema, {
        ...webForm,
        status: 'IN_PROGRESS',
        payload: {
          bankConnectionId: null,
          paymentId: null,
          standingOrderId: null,
          errorCode: null,
        },
      }),
    ).toEqual([]);
    expect(issuesOf(WebFormSchema, { ...webForm, payload: {} })).toEqual([]);
  });

  it('lists every missing field at once', () => {
    expect(issuesOf(WebFormSchema, { id: WEB_FORM_ID })).toEqual([
      'url: expected string',
      'createdAt: expected string',
      'expiresAt: expected string',
      'type: expected one of "BANK_CONNECTION_IMPORT", "BANK_CONNECTION_UPDATE", "PAYMENT_WITH_ACCOUNT_ID", "STANDALONE_PAYMENT", "STANDING_ORDER", "DIRECT_DEBIT_WITH_ACCOUNT_ID"',
      'status: expected one of "NOT_YET_OPENED", "IN_PROGRESS", "COMPLETED", "COMPLETED_WITH_ERROR", "EXPIRED", "ABORTED"',
      'payload: expected object',
    ]);
  });

  it.each([
    ['a string', 'hello'],
    ['null', null],
    ['an array', [webForm]],
  ])('refuses %s instead of an object', (_, value) => {
    expect(issuesOf(WebFormSchema, value)).toEqual(['(root): expected object']);
  });
});

describe('web form URLs the kit would send a browser to', () => {
  const URL_MESSAGE =
    'must be an absolute http(s) URL without credentials, at most 2048 characters';

  it.each([
    ['javascript:', 'javascript:alert(document.cookie)'],
    ['JavaScript: in mixed case', 'JaVaScRiPt:alert(1)'],
    ['javascript: behind a newline', 'java\nscript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['relative', `/wf/${WEB_FORM_ID}`],
    ['protocol-relative', `//evil.test/wf/${WEB_FORM_ID}`],
    ['with credentials', `https://user:pass@webform.finapi.io/wf/${WEB_FORM_ID}`],
    ['with a user name only', `https://webform.finapi.io@evil.test/wf/${WEB_FORM_ID}`],
    ['with a backslash', `https:\\\\evil.test/wf/${WEB_FORM_ID}`],
    ['without slashes', `https:evil.test/wf/${WEB_FORM_ID}`],
    ['with a space', `https://webform.finapi.io/wf/ ${WEB_FORM_ID}`],
    ['over 2048 characters', `https://webform.finapi.io/wf/${'a'.repeat(2048)}`],
  ])('refuses WebForm.url that is %s', (_, url) => {
    expect(issuesOf(WebFormSchema, { ...webForm, url })).toEqual([`url: ${URL_MESSAGE}`]);
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['relative', `/wf/${WEB_FORM_ID}`],
    ['protocol-relative', `//evil.test/wf/${WEB_FORM_ID}`],
    ['with credentials', `https://user@evil.test/wf/${WEB_FORM_ID}`],
  ])('refuses WebFormInfo.url that is %s, also inside a task', (_, url) => {
    expect(issuesOf(WebFormInfoSchema, { ...webFormInfoExample, url })).toEqual([
      `url: ${URL_MESSAGE}`,
    ]);
    const task = {
      ...taskExample,
      payload: { ...taskExample.payload, webForm: { ...webFormInfoExample, url } },
    };
    expect(issuesOf(TaskSchema, task)).toEqual([`payload.webForm.url: ${URL_MESSAGE}`]);
  });

  it('accepts a plain http URL (the simulator on loopback)', () => {
    expect(
      issuesOf(WebFormSchema, { ...webForm, url: `http://127.0.0.1:8788/wf/${WEB_FORM_ID}` }),
    ).toEqual([]);
  });
});

describe('timestamps', () => {
  const TIMESTAMP_MESSAGE = 'must be a timestamp like 2021-03-09T08:36:15.000+0000';

  it.each([
    ['the spec placeholder', 'createdAt'],
    ['31 February', '2021-02-31T08:36:15.000+0000'],
    ['29 February of a common year', '2021-02-29T08:36:15.000+0000'],
    ['month 13', '2021-13-09T08:36:15.000+0000'],
    ['hour 24', '2021-03-09T24:00:00.000+0000'],
    ['minute 60', '2021-03-09T08:60:15.000+0000'],
    ['no zone', '2021-03-09T08:36:15.000'],
    ['a date only', '2021-03-09'],
    ['an out-of-range offset', '2021-03-09T08:36:15.000+9999'],
    ['offset minutes over 59', '2021-03-09T08:36:15.000+0160'],
    ['a space instead of T', '2021-03-09 08:36:15.000+0000'],
    ['epoch milliseconds as a string', '1615278975000'],
  ])('refuses %s', (_, createdAt) => {
    expect(issuesOf(WebFormSchema, { ...webForm, createdAt })).toEqual([
      `createdAt: ${TIMESTAMP_MESSAGE}`,
    ]);
  });

  it('refuses epoch milliseconds as a number', () => {
    expect(issuesOf(WebFormSchema, { ...webForm, expiresAt: 1615278975000 })).toEqual([
      'expiresAt: expected string',
    ]);
  });

  it.each([
    ['finAPI format', '2021-03-09T08:36:15.000+0000', Date.UTC(2021, 2, 9, 8, 36, 15)],
    ['ISO with Z', '2021-03-09T08:36:15Z', Date.UTC(2021, 2, 9, 8, 36, 15)],
    ['ISO with +01:00', '2021-03-09T09:36:15.000+01:00', Date.UTC(2021, 2, 9, 8, 36, 15)],
    ['a negative offset', '2021-03-09T03:36:15.250-0500', Date.UTC(2021, 2, 9, 8, 36, 15, 250)],
    ['29 February of a leap year', '2024-02-29T00:00:00.000+0000', Date.UTC(2024, 1, 29)],
  ])('accepts %s and reads the instant', (_, value, epochMs) => {
    expect(issuesOf(TimestampSchema, value)).toEqual([]);
    expect(parseFinapiTimestamp(value)).toBe(epochMs);
  });
});

describe('error codes', () => {
  it('tolerates a code finAPI has not documented yet, if it is shaped like a code', () => {
    const parsed = WebFormSchema.parse({
      ...webForm,
      status: 'COMPLETED_WITH_ERROR',
      payload: { errorCode: 'PSD2_CONSENT_REVOKED' },
    });
    expect(parsed.payload.errorCode).toBe('PSD2_CONSENT_REVOKED');
  });

  it.each([
    ['prose', 'Something went wrong'],
    ['markup', '<img src=x onerror=alert(1)>'],
    ['lower case', 'internal_error'],
    ['an empty string', ''],
    ['a leading digit', '1_ERROR'],
    ['a very long code', `E${'X'.repeat(100)}`],
  ])('refuses %s in errorCode', (_, errorCode) => {
    expect(issuesOf(WebFormSchema, { ...webForm, payload: { errorCode } })).toEqual([
      'payload.errorCode: must be an upper-case error code such as INTERNAL_ERROR',
    ]);
  });

  it('refuses prose in a task errorCode too', () => {
    const task = { ...taskExample, payload: { ...taskExample.payload, errorCode: 'oops, failed' } };
    expect(issuesOf(TaskSchema, task)).toEqual([
      'payload.errorCode: must be an upper-case error code such as INTERNAL_ERROR',
    ]);
  });
});

describe('callbacks finAPI posts', () => {
  it('refuses a web form callback with a path in webFormId', () => {
    expect(
      issuesOf(WebFormCallbackSchema, { webFormId: '../../admin', status: 'COMPLETED' }),
    ).toEqual(['webFormId: must be a 36-character id of letters, digits and dashes']);
  });

  it('refuses a task callback with an unknown status', () => {
    expect(issuesOf(TaskCallbackSchema, { taskId: WEB_FORM_ID, status: 'FINISHED' })[0]).toMatch(
      /^status: expected one of "NOT_YET_STARTED"/,
    );
  });

  it('accepts a task callback without webForm, or with webForm null', () => {
    expect(issuesOf(TaskCallbackSchema, { taskId: WEB_FORM_ID, status: 'COMPLETED' })).toEqual([]);
    expect(
      issuesOf(TaskCallbackSchema, { taskId: WEB_FORM_ID, status: 'COMPLETED', webForm: null }),
    ).toEqual([]);
  });
});

describe('the summary and the provisional mark the proxy adds', () => {
  it('counts a shown text in characters as a reader does, an emoji as one', () => {
    expect(issuesOf(FlowSummarySchema, { payee: '\u{1F600}'.repeat(140) })).toEqual([]);
    expect(issuesOf(FlowSummarySchema, { payee: '\u{1F600}'.repeat(141) })).toEqual([
      'payee: must have at most 140 characters',
    ]);
  });

  it('refuses an empty shown text', () => {
    expect(issuesOf(FlowSummarySchema, { reference: '' })).toEqual([
      'reference: must have at least 1 character',
    ]);
  });

  it('names every fault of a shown text, not only the first', () => {
    expect(issuesOf(FlowSummarySchema, { purpose: `${'x'.repeat(140)}\u202e` })).toEqual([
      'purpose: must have at most 140 characters',
      'purpose: must not contain control or bidi-override characters',
    ]);
  });

  it('admits an amount above 0 up to 10^12 with an ISO 4217 currency', () => {
    const amount = (value: number, currency = 'EUR') => ({ amount: { value, currency } });
    expect(issuesOf(FlowSummarySchema, amount(0.01))).toEqual([]);
    expect(issuesOf(FlowSummarySchema, amount(1e12))).toEqual([]);
    expect(issuesOf(FlowSummarySchema, amount(0))).toEqual([
      'amount.value: must be greater than 0',
    ]);
    expect(issuesOf(FlowSummarySchema, amount(1e12 + 1))).toEqual([
      'amount.value: must be at most 1000000000000',
    ]);
    expect(issuesOf(FlowSummarySchema, amount(1, 'eur'))).toEqual([
      'amount.currency: must be an ISO 4217 code',
    ]);
  });

  it('admits provisional only as true', () => {
    expect(issuesOf(WebFormAnswerSchema, { ...webForm, provisional: true })).toEqual([]);
    expect(issuesOf(WebFormAnswerSchema, { ...webForm, provisional: false })).toEqual([
      'provisional: expected one of true',
    ]);
    expect(issuesOf(WebFormAnswerSchema, { ...webForm, provisional: 'true' })).toEqual([
      'provisional: expected one of true',
    ]);
  });
});

describe('unknown extra fields', () => {
  it('are tolerated and dropped, at every level', () => {
    const parsed = WebFormSchema.parse({
      ...webForm,
      newFinapiField: { nested: true },
      payload: { paymentId: 42, accountId: 7 },
    });
    expect(parsed).toEqual(webForm);
    expect(parsed).not.toHaveProperty('newFinapiField');
    expect(parsed.payload).not.toHaveProperty('accountId');
  });

  it('are dropped from a task and its web form', () => {
    const parsed = TaskSchema.parse({
      ...taskExample,
      debug: 'x',
      payload: {
        ...taskExample.payload,
        webForm: { ...webFormInfoExample, expiresAt: EXPIRES_AT },
      },
    });
    expect(parsed).not.toHaveProperty('debug');
    expect(parsed.payload.webForm).toEqual(webFormInfoExample);
  });
});

describe('prototype pollution through JSON bodies', () => {
  afterEach(() => {
    // Clean up even if a test failed, so one pollution does not fail every later test.
    for (const key of ['polluted', 'pollutedViaConstructor', 'pollutedNested']) {
      Reflect.deleteProperty(Object.prototype, key);
    }
  });

  const body = `{
    "__proto__": { "polluted": true },
    "constructor": { "prototype": { "pollutedViaConstructor": true } },
    "id": "${WEB_FORM_ID}",
    "url": "https://webform.finapi.io/wf/${WEB_FORM_ID}",
    "createdAt": "${CREATED_AT}",
    "expiresAt": "${EXPIRES_AT}",
    "type": "STANDALONE_PAYMENT",
    "status": "COMPLETED",
    "payload": {
      "__proto__": { "pollutedNested": true },
      "constructor": { "prototype": { "pollutedNested": true } },
      "paymentId": 42
    }
  }`;

  it('leaves Object.prototype clean after JSON.parse and the schema parse', () => {
    WebFormSchema.parse(JSON.parse(body));
    const fresh: Record<string, unknown> = {};
    expect(fresh.polluted).toBeUndefined();
    expect(fresh.pollutedViaConstructor).toBeUndefined();
    expect(fresh.pollutedNested).toBeUndefined();
  });

  it('returns an ordinary object without __proto__ or constructor keys', () => {
    const parsed = WebFormSchema.parse(JSON.parse(body));
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(parsed.payload)).toBe(Object.prototype);
    expect(Object.keys(parsed).sort()).toEqual(
      ['createdAt', 'expiresAt', 'id', 'payload', 'status', 'type', 'url'].sort(),
    );
    expect(Object.keys(parsed.payload)).toEqual(['paymentId']);
    for (const value of [parsed, parsed.payload]) {
      expect(Object.hasOwn(value, '__proto__')).toBe(false);
      expect(Object.hasOwn(value, 'constructor')).toBe(false);
    }
  });

  it('does the same for task callbacks', () => {
    const parsed = TaskCallbackSchema.parse(
      JSON.parse(
        `{"__proto__": {"polluted": true}, "taskId": "${WEB_FORM_ID}", "status": "COMPLETED",
          "webForm": {"__proto__": {"polluted": true}, "id": "${WEB_FORM_ID}",
          "url": "https://webform.finapi.io/wf/${WEB_FORM_ID}", "status": "COMPLETED"}}`,
      ),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(parsed, '__proto__')).toBe(false);
    expect(Object.hasOwn(parsed.webForm ?? {}, '__proto__')).toBe(false);
  });
});
