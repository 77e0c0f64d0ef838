import type { FlowSummary, ProxyError, ReturnUrlError, WebFormOutcome } from '@webform-kit/core';
import { createProxyClient } from '@webform-kit/core';
import { describe, expectTypeOf, it } from 'vitest';
import {
  WebFormKitProvider,
  useReturnFlow,
  useTaskStatus,
  useWebFormFlow,
  useWebFormStatus,
} from '../../src/hooks/index.ts';
import type {
  FinalFlowOutcome,
  FlowScreen,
  FlowState,
  OpenIn,
  ReturnFlowResult,
  WebFormFlowResult,
  WebFormFlowOptions,
  WebFormKitError,
  WebFormKitEvent,
  ReturnFlowError,
} from '../../src/hooks/index.ts';

const id = '946db09e-5bfc-11eb-ae93-0242ac130002';

describe('public hook types', () => {
  it('narrows a web form outcome by kind and resource', () => {
    function useCheck() {
      const { outcome, error } = useWebFormStatus(id);
      expectTypeOf(outcome).toEqualTypeOf<WebFormOutcome | undefined>();
      expectTypeOf(error).toEqualTypeOf<ProxyError | null>();
      if (outcome?.kind === 'completed' && outcome.resource === 'payment') {
        expectTypeOf(outcome.paymentId).toEqualTypeOf<number | null>();
      }
      if (outcome?.kind === 'pending') {
        expectTypeOf(outcome.status).toEqualTypeOf<'NOT_YET_OPENED' | 'IN_PROGRESS'>();
      }
    }
    expectTypeOf(useCheck).toBeFunction();
  });

  it("exposes a task's web form when it needs the user", () => {
    function useCheck() {
      const { outcome } = useTaskStatus(null, { intervalMs: 5_000, push: false });
      if (outcome?.kind === 'web-form-required') {
        expectTypeOf(outcome.webForm.url).toBeString();
      }
    }
    expectTypeOf(useCheck).toBeFunction();
  });

  it('lists exactly the DESIGN screens and the machine states', () => {
    expectTypeOf<FlowScreen>().toEqualTypeOf<
      | 'redirect'
      | 'waiting'
      | 'checking'
      | 'completed'
      | 'completed-with-error'
      | 'expired'
      | 'aborted'
      | 'web-form-required'
      | 'connection-error'
    >();
    expectTypeOf<FlowState>().toEqualTypeOf<
      'idle' | 'creating' | 'ready' | 'waiting' | 'outcome' | 'error'
    >();
    expectTypeOf<WebFormFlowResult['screen']>().toEqualTypeOf<FlowScreen>();
    expectTypeOf<OpenIn>().toEqualTypeOf<'same-tab' | 'new-tab'>();
  });

  it('narrows the flow by state', () => {
    function check(flow: WebFormFlowResult) {
      if (flow.state === 'outcome') {
        expectTypeOf(flow.outcome).toEqualTypeOf<FinalFlowOutcome>();
        expectTypeOf(flow.error).toEqualTypeOf<null>();
        expectTypeOf(flow.outcome.kind).toEqualTypeOf<
          'completed' | 'completed-with-error' | 'expired' | 'aborted'
        >();
      }
      if (flow.state === 'error') {
        expectTypeOf(flow.error).toEqualTypeOf<WebFormKitError>();
        expectTypeOf(flow.error).toExtend<ProxyError | ReturnUrlError | ReturnFlowError>();
      }
      expectTypeOf(flow.open).toEqualTypeOf<() => void>();
      expectTypeOf(flow.cancel).toEqualTypeOf<() => Promise<void>>();
    }
    expectTypeOf(check).toBeFunction();
  });

  it('types the request by kind', () => {
    function useCheck() {
      useWebFormFlow({ kind: 'bank-connection-import', request: { bank: { search: 'demo' } } });
      useWebFormFlow({ kind: 'background-update', request: { bankConnectionId: 7 } });
      // @ts-expect-error a standing order needs its amount, recipient, start date and frequency
      useWebFormFlow({ kind: 'standing-order', request: {} });
      // @ts-expect-error a background update needs the bank connection
      useWebFormFlow({ kind: 'background-update', request: {} });
      // @ts-expect-error not a kind
      useWebFormFlow({ kind: 'bank-transfer', request: {} });
      // @ts-expect-error only same-tab or new-tab
      useWebFormFlow({ kind: 'bank-connection-import', request: {}, openIn: 'popup' });
    }
    expectTypeOf(useCheck).toBeFunction();
    expectTypeOf<{ bankConnectionId: 7 }>().toExtend<
      WebFormFlowOptions<'background-update'>['request']
    >();
  });

  it("takes the app's own input for its prepare, and reports the summary and payment id", () => {
    interface OrderInput {
      orderId: string;
    }
    const input: OrderInput = { orderId: '1042' };
    function useCheck() {
      const flow = useWebFormFlow({ kind: 'standalone-payment', input });
      useWebFormFlow({ kind: 'background-update', input: { connection: 'main' } });
      // @ts-expect-error the input is a JSON object, not a string
      useWebFormFlow({ kind: 'standalone-payment', input: '1042' });
      return flow;
    }
    expectTypeOf(useCheck)
      .returns.toHaveProperty('summary')
      .toEqualTypeOf<FlowSummary | undefined>();
    expectTypeOf(useCheck).returns.toHaveProperty('paymentId').toEqualTypeOf<number | null>();
    expectTypeOf<ReturnFlowResult['summary']>().toEqualTypeOf<FlowSummary | undefined>();
  });

  it('narrows the return flow by state', () => {
    function check(flow: ReturnFlowResult) {
      if (flow.state === 'error') {
        expectTypeOf(flow.error).toEqualTypeOf<ReturnFlowError>();
        expectTypeOf(flow.error.kind).toEqualTypeOf<'invalid-return' | 'stale-return'>();
      }
      if (flow.state === 'outcome') expectTypeOf(flow.outcome).toEqualTypeOf<FinalFlowOutcome>();
      expectTypeOf(flow.screen).toEqualTypeOf<FlowScreen | null>();
    }
    function useCheck() {
      expectTypeOf(useReturnFlow({ storageKey: 'checkout' })).toEqualTypeOf<ReturnFlowResult>();
    }
    expectTypeOf(check).toBeFunction();
    expectTypeOf(useCheck).toBeFunction();
  });

  it('takes a client or a base URL, not both', () => {
    const client = createProxyClient();
    void (<WebFormKitProvider client={client} push={false} pollIntervalMs={3_000} />);
    void (<WebFormKitProvider baseUrl="/api" onEvent={(event) => event.at} />);
    // @ts-expect-error one or the other
    void (<WebFormKitProvider client={client} baseUrl="/api" />);
  });

  it('narrows events by type', () => {
    function check(event: WebFormKitEvent) {
      if (event.type === 'outcome') expectTypeOf(event.outcome).toEqualTypeOf<FinalFlowOutcome>();
      if (event.type === 'opened') expectTypeOf(event.openIn).toEqualTypeOf<OpenIn>();
      expectTypeOf(event.at).toBeNumber();
    }
    expectTypeOf(check).toBeFunction();
  });
});
