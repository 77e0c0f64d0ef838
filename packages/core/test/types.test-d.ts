import {
  createProxyClient,
  isFinalTaskStatus,
  isFinalWebFormStatus,
  outcomeOf,
  parseReturn,
  taskOutcomeOf,
  type CreateWebFormBody,
  type FinalWebFormStatus,
  type ProxyErrorKind,
  type ReturnInfo,
  type Task,
  type TaskCallback,
  type TaskOutcome,
  type TaskStatus,
  type WebForm,
  type WebFormAnswer,
  type WebFormCallback,
  type WebFormErrorCode,
  type WebFormInfo,
  type WebFormOutcome,
  type WebFormStatus,
  type WebFormType,
  type ProxyError,
} from '@webform-kit/core';
import { describe, expectTypeOf, it } from 'vitest';

declare const webForm: WebForm;
declare const task: Task;

describe('inferred types of finAPI objects', () => {
  it('WebForm', () => {
    expectTypeOf(webForm.id).toEqualTypeOf<string>();
    expectTypeOf(webForm.url).toEqualTypeOf<string>();
    expectTypeOf(webForm.createdAt).toEqualTypeOf<string>();
    expectTypeOf(webForm.status).toEqualTypeOf<WebFormStatus>();
    expectTypeOf(webForm.type).toEqualTypeOf<WebFormType>();
    expectTypeOf(webForm.payload.paymentId).toEqualTypeOf<number | null | undefined>();
    expectTypeOf(webForm.payload.errorCode).toEqualTypeOf<WebFormErrorCode | null | undefined>();
  });

  it('WebFormStatus is exactly the six finAPI statuses', () => {
    expectTypeOf<WebFormStatus>().toEqualTypeOf<
      | 'NOT_YET_OPENED'
      | 'IN_PROGRESS'
      | 'COMPLETED'
      | 'COMPLETED_WITH_ERROR'
      | 'EXPIRED'
      | 'ABORTED'
    >();
  });

  it('Task', () => {
    expectTypeOf(task.status).toEqualTypeOf<TaskStatus>();
    expectTypeOf(task.type).toEqualTypeOf<'BANK_CONNECTION_UPDATE'>();
    expectTypeOf(task.payload.bankConnectionId).toEqualTypeOf<number>();
    expectTypeOf(task.payload.webForm).toEqualTypeOf<WebFormInfo | null | undefined>();
  });

  it('WebFormInfo', () => {
    expectTypeOf<WebFormInfo>().toEqualTypeOf<{ id: string; url: string; status: WebFormStatus }>();
  });

  it('callbacks', () => {
    expectTypeOf<WebFormCallback>().toEqualTypeOf<{ webFormId: string; status: WebFormStatus }>();
    expectTypeOf<TaskCallback['taskId']>().toEqualTypeOf<string>();
    expectTypeOf<TaskCallback['status']>().toEqualTypeOf<TaskStatus>();
    expectTypeOf<TaskCallback['webForm']>().toEqualTypeOf<WebFormInfo | null | undefined>();
  });
});

describe('WebFormOutcome narrows on kind', () => {
  it("completed -> resource -> only that resource's id", () => {
    const outcome = outcomeOf(webForm);
    if (outcome.kind === 'completed') {
      expectTypeOf(outcome.resource).toEqualTypeOf<
        'bank-connection' | 'payment' | 'standing-order'
      >();
      if (outcome.resource === 'payment') {
        expectTypeOf(outcome.paymentId).toEqualTypeOf<number | null>();
        // @ts-expect-error a payment outcome has no bankConnectionId
        void outcome.bankConnectionId;
        // @ts-expect-error ... and no standingOrderId
        void outcome.standingOrderId;
      }
      if (outcome.resource === 'bank-connection') {
        expectTypeOf(outcome.bankConnectionId).toEqualTypeOf<number | null>();
        // @ts-expect-error a bank connection outcome has no paymentId
        void outcome.paymentId;
      }
      if (outcome.resource === 'standing-order') {
        expectTypeOf(outcome.standingOrderId).toEqualTypeOf<number | null>();
      }
    }
  });

  it('completed-with-error -> errorCode', () => {
    const outcome = outcomeOf(webForm);
    if (outcome.kind === 'completed-with-error') {
      expectTypeOf(outcome.errorCode).toEqualTypeOf<WebFormErrorCode | null>();
    }
    // @ts-expect-error errorCode exists only once narrowed
    void outcome.errorCode;
  });

  it('pending -> the pending statuses only', () => {
    expectTypeOf<Extract<WebFormOutcome, { kind: 'pending' }>['status']>().toEqualTypeOf<
      'NOT_YET_OPENED' | 'IN_PROGRESS'
    >();
  });

  it('has no web-form-required kind (that is a task outcome)', () => {
    expectTypeOf<Extract<WebFormOutcome, { kind: 'web-form-required' }>>().toBeNever();
  });
});

describe('TaskOutcome', () => {
  it('web-form-required carries the WebFormInfo to send the user to', () => {
    const outcome = taskOutcomeOf(task);
    if (outcome.kind === 'web-form-required') {
      expectTypeOf(outcome.webForm).toEqualTypeOf<WebFormInfo>();
    }
  });

  it('completes only with a bank connection', () => {
    expectTypeOf<Extract<TaskOutcome, { kind: 'completed' }>>().toEqualTypeOf<{
      kind: 'completed';
      resource: 'bank-connection';
      bankConnectionId: number | null;
    }>();
  });
});

describe('ProxyClient.createWebForm: the body type follows the kind', () => {
  const client = createProxyClient();
  const standingOrder: CreateWebFormBody<'standing-order'> = {
    amount: { value: 10, currency: 'EUR' },
    recipient: { iban: 'DE77533700080111111100', name: 'Max Mustermann' },
    startDate: '2030-01-01',
    frequency: 'MONTHLY',
  };

  it("accepts the body of its kind, and answers the web form with the app's summary", () => {
    expectTypeOf(
      client.createWebForm('standing-order', standingOrder),
    ).resolves.toEqualTypeOf<WebFormAnswer>();
    expectTypeOf<WebFormAnswer>().toExtend<WebForm>();
    expectTypeOf(client.createWebForm).parameter(1).not.toBeAny();
  });

  it('refuses a standing order body for bank-connection-import', () => {
    void client.createWebForm('bank-connection-import', {
      // @ts-expect-error a standing order's fields are not an import's
      amount: { value: 10, currency: 'EUR' },
      recipient: { iban: 'DE77533700080111111100', name: 'Max Mustermann' },
      startDate: '2030-01-01',
      frequency: 'MONTHLY',
    });
  });

  it('refuses a standing order body without its required fields', () => {
    // @ts-expect-error startDate, frequency and recipient are required
    void client.createWebForm('standing-order', { amount: { value: 10, currency: 'EUR' } });
  });

  it('leaves callbacks to the proxy', () => {
    void client.createWebForm('standing-order', {
      ...standingOrder,
      // @ts-expect-error the browser must not choose where finAPI calls back
      callbacks: { finalised: 'https://evil.test/callback' },
    });
  });

  it('refuses an unknown kind', () => {
    // @ts-expect-error kinds are kebab-case route names
    void client.createWebForm('standingOrder', standingOrder);
  });
});

describe('narrowing helpers', () => {
  it('isFinalWebFormStatus narrows to the final statuses, and its else branch to pending', () => {
    const status = webForm.status;
    if (isFinalWebFormStatus(status)) {
      expectTypeOf(status).toEqualTypeOf<FinalWebFormStatus>();
      expectTypeOf(status).toEqualTypeOf<
        'COMPLETED' | 'COMPLETED_WITH_ERROR' | 'EXPIRED' | 'ABORTED'
      >();
    } else {
      expectTypeOf(status).toEqualTypeOf<'NOT_YET_OPENED' | 'IN_PROGRESS'>();
    }
  });

  it('isFinalTaskStatus narrows', () => {
    const status = task.status;
    if (isFinalTaskStatus(status)) {
      expectTypeOf(status).toEqualTypeOf<'COMPLETED' | 'COMPLETED_WITH_ERROR'>();
    } else {
      expectTypeOf(status).toEqualTypeOf<'NOT_YET_STARTED' | 'IN_PROGRESS' | 'WEB_FORM_REQUIRED'>();
    }
  });

  it('parseReturn narrows on ok', () => {
    const result = parseReturn('https://shop.example/return');
    if (result.ok) expectTypeOf(result.value).toEqualTypeOf<ReturnInfo>();
    else
      expectTypeOf(result.error.code).toEqualTypeOf<
        'not-a-return' | 'missing' | 'duplicate' | 'invalid-id' | 'invalid-state' | 'invalid-via'
      >();
  });

  it('ProxyError.kind is the documented union', () => {
    expectTypeOf<ProxyError['kind']>().toEqualTypeOf<ProxyErrorKind>();
    expectTypeOf<ProxyErrorKind>().toEqualTypeOf<
      'network' | 'timeout' | 'http' | 'invalid-response' | 'aborted'
    >();
  });
});
