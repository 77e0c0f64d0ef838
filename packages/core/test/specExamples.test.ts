import {
  FinapiErrorSchema,
  InvalidFieldErrorSchema,
  PayloadSchema,
  TaskCallbackSchema,
  TaskPayloadSchema,
  TaskSchema,
  ValidationErrorSchema,
  WebFormCallbackSchema,
  WebFormInfoSchema,
  WebFormSchema,
  outcomeOf,
  taskOutcomeOf,
} from '@webform-kit/core';
import {
  BankConnectionUpdateTaskDetailsSchema,
  createRequestSchemas,
} from '@webform-kit/core/requests';
import { describe, expect, it } from 'vitest';
import {
  SPEC_DATE_TIME_EXAMPLES,
  bankConnectionImportDetailsExample,
  bankConnectionUpdateDetailsExample,
  bankConnectionUpdateTaskDetailsExample,
  callbacksPageTaskCallbacks,
  directDebitWithAccountDetailsExample,
  errorExample,
  invalidFieldErrorExample,
  payloadExample,
  paymentWithAccountDetailsExample,
  standalonePaymentDetailsExample,
  standingOrderDetailsExample,
  taskCallbackExample,
  taskExample,
  taskPayloadExample,
  validationErrorExample,
  webFormCompletedCallbackExample,
  webFormExample,
  webFormInfoExample,
} from './fixtures/finapiExamples.ts';
import { issuesOf } from './helpers/issuesOf.ts';

describe("finAPI's response and callback examples", () => {
  it('parses the WebForm example, keeping every field', () => {
    expect(WebFormSchema.parse(webFormExample)).toEqual(webFormExample);
  });

  it('reads the WebForm example (a completed standalone payment) as a payment', () => {
    expect(outcomeOf(WebFormSchema.parse(webFormExample))).toEqual({
      kind: 'completed',
      resource: 'payment',
      paymentId: 42,
    });
  });

  it('parses the Payload example', () => {
    expect(PayloadSchema.parse(payloadExample)).toEqual(payloadExample);
  });

  it('parses the Task example and reads it as a completed bank connection update', () => {
    const task = TaskSchema.parse(taskExample);
    expect(task).toEqual(taskExample);
    expect(taskOutcomeOf(task)).toEqual({
      kind: 'completed',
      resource: 'bank-connection',
      bankConnectionId: 101,
    });
  });

  it('parses the TaskPayload example', () => {
    expect(TaskPayloadSchema.parse(taskPayloadExample)).toEqual(taskPayloadExample);
  });

  it('parses the WebFormInfo example', () => {
    expect(WebFormInfoSchema.parse(webFormInfoExample)).toEqual(webFormInfoExample);
  });

  it('parses the WebFormCompletedCallback example', () => {
    expect(WebFormCallbackSchema.parse(webFormCompletedCallbackExample)).toEqual(
      webFormCompletedCallbackExample,
    );
  });

  it('parses the TaskCallback example', () => {
    expect(TaskCallbackSchema.parse(taskCallbackExample)).toEqual(taskCallbackExample);
  });

  it("parses the callbacks page's finalised TaskCallback, sent as JSON", () => {
    expect(TaskCallbackSchema.parse(JSON.parse(callbacksPageTaskCallbacks.finalised))).toEqual({
      taskId: '31c508d8-51da-11eb-ae93-0242ac130002',
      status: 'COMPLETED',
      webForm: {
        id: '946db09e-5bfc-11eb-ae93-0242ac130002',
        url: 'https://webform.finapi.io/wf/946db09e-5bfc-11eb-ae93-0242ac130002',
        status: 'COMPLETED',
      },
    });
  });

  it("parses the callbacks page's webFormRequired TaskCallback, sent as JSON", () => {
    const callback = TaskCallbackSchema.parse(
      JSON.parse(callbacksPageTaskCallbacks.webFormRequired),
    );
    expect(callback.status).toBe('WEB_FORM_REQUIRED');
    expect(callback.webForm).toEqual({
      id: '946db09e-5bfc-11eb-ae93-0242ac130002',
      url: 'https://webform.finapi.io/wf/946db09e-5bfc-11eb-ae93-0242ac130002',
      status: 'NOT_YET_OPENED',
    });
  });

  it('parses an Error built from its property examples, including a code outside its enum', () => {
    expect(FinapiErrorSchema.parse(errorExample)).toEqual(errorExample);
  });

  it('parses a ValidationError and its InvalidFieldError', () => {
    expect(ValidationErrorSchema.parse(validationErrorExample)).toEqual(validationErrorExample);
    expect(InvalidFieldErrorSchema.parse(invalidFieldErrorExample)).toEqual(
      invalidFieldErrorExample,
    );
  });

  it('refuses a ValidationError without any field error', () => {
    expect(issuesOf(ValidationErrorSchema, { ...validationErrorExample, errors: [] })).toEqual([
      'errors: must have at least 1 item',
    ]);
  });
});

describe("finAPI's request-body examples", () => {
  it.each([
    ['bank-connection-import', bankConnectionImportDetailsExample],
    ['bank-connection-update', bankConnectionUpdateDetailsExample],
    ['standalone-payment', standalonePaymentDetailsExample],
    ['payment-with-account-id', paymentWithAccountDetailsExample],
    ['direct-debit-with-account-id', directDebitWithAccountDetailsExample],
    ['standing-order', standingOrderDetailsExample],
  ] as const)('parses the %s example', (kind, example) => {
    expect(createRequestSchemas[kind].parse(example)).toEqual(example);
  });

  it('parses the BankConnectionUpdateTaskDetails example (background update)', () => {
    expect(
      BankConnectionUpdateTaskDetailsSchema.parse(bankConnectionUpdateTaskDetailsExample),
    ).toEqual(bankConnectionUpdateTaskDetailsExample);
  });
});

describe('request dates: YYYY-MM-DD as finAPI documents, not the date-times of the examples', () => {
  it('refuses the standing order example as the spec writes its dates', () => {
    const asWritten = {
      ...standingOrderDetailsExample,
      ...SPEC_DATE_TIME_EXAMPLES['standing-order'],
    };
    expect(issuesOf(createRequestSchemas['standing-order'], asWritten)).toEqual([
      'startDate: must be a date in the format YYYY-MM-DD',
      'endDate: must be a date in the format YYYY-MM-DD',
    ]);
  });

  it.each([
    ['standalone-payment', standalonePaymentDetailsExample],
    ['payment-with-account-id', paymentWithAccountDetailsExample],
    ['direct-debit-with-account-id', directDebitWithAccountDetailsExample],
  ] as const)('refuses the %s example as the spec writes its executionDate', (kind, example) => {
    const asWritten = { ...example, ...SPEC_DATE_TIME_EXAMPLES[kind] };
    expect(issuesOf(createRequestSchemas[kind], asWritten)).toEqual([
      'executionDate: must be a date in the format YYYY-MM-DD',
    ]);
  });

  it('refuses a direct debit mandateDate written as a date-time, naming the order', () => {
    const [first, ...rest] = directDebitWithAccountDetailsExample.orders;
    const body = {
      ...directDebitWithAccountDetailsExample,
      orders: [{ ...first, mandateDate: '2021-01-01T00:00:00.000+00:00' }, ...rest],
    };
    expect(issuesOf(createRequestSchemas['direct-debit-with-account-id'], body)).toEqual([
      'orders[0].mandateDate: must be a date in the format YYYY-MM-DD',
    ]);
  });

  it.each(['2022-02-31', '2023-02-29', '2022-13-01', '2022-00-10', '2022-04-31', '22-12-31', ''])(
    'refuses %j, which is no calendar day',
    (startDate) => {
      expect(
        issuesOf(createRequestSchemas['standing-order'], {
          ...standingOrderDetailsExample,
          startDate,
        }),
      ).toEqual(['startDate: must be a date in the format YYYY-MM-DD']);
    },
  );

  it.each(['2024-02-29', '2022-01-31', '2022-12-31'])('accepts %s', (startDate) => {
    expect(
      issuesOf(createRequestSchemas['standing-order'], {
        ...standingOrderDetailsExample,
        startDate,
      }),
    ).toEqual([]);
  });
});
