import {
  WEB_FORM_KINDS,
  WEB_FORM_TYPES,
  finapiPathOf,
  isWebFormKind,
  proxyRoutes,
  webFormKindOf,
  webFormTypeOf,
} from '@webform-kit/core';
import { describe, expect, it } from 'vitest';

const ID = '946db09e-5bfc-11eb-ae93-0242ac130002';

describe('web form kinds', () => {
  it.each([
    ['bank-connection-import', 'bankConnectionImport', 'BANK_CONNECTION_IMPORT'],
    ['bank-connection-update', 'bankConnectionUpdate', 'BANK_CONNECTION_UPDATE'],
    ['standalone-payment', 'standalonePayment', 'STANDALONE_PAYMENT'],
    ['payment-with-account-id', 'paymentWithAccountId', 'PAYMENT_WITH_ACCOUNT_ID'],
    ['direct-debit-with-account-id', 'directDebitWithAccountId', 'DIRECT_DEBIT_WITH_ACCOUNT_ID'],
    ['standing-order', 'standingOrder', 'STANDING_ORDER'],
  ] as const)('%s is finAPI path %s and type %s, and back', (kind, path, type) => {
    expect(finapiPathOf(kind)).toBe(path);
    expect(webFormTypeOf(kind)).toBe(type);
    expect(webFormKindOf(type)).toBe(kind);
    expect(isWebFormKind(kind)).toBe(true);
  });

  it('has one kind per finAPI web form type', () => {
    expect(WEB_FORM_KINDS.map(webFormTypeOf).sort()).toEqual([...WEB_FORM_TYPES].sort());
  });

  it.each(['standingOrder', 'STANDING_ORDER', '__proto__', 'toString', 'constructor', '', 42])(
    'does not take %j for a kind',
    (value) => {
      expect(isWebFormKind(value)).toBe(false);
    },
  );
});

describe('proxyRoutes: the paths the proxy serves', () => {
  it.each([
    [
      proxyRoutes.createWebForm('/api', 'direct-debit-with-account-id'),
      '/api/webforms/direct-debit-with-account-id',
    ],
    [proxyRoutes.webForm('/api', ID), `/api/webforms/${ID}`],
    [proxyRoutes.webFormEvents('/api', ID), `/api/webforms/${ID}/events`],
    [proxyRoutes.createBackgroundUpdate('/api'), '/api/tasks/background-update'],
    [proxyRoutes.task('/api', ID), `/api/tasks/${ID}`],
    [proxyRoutes.taskEvents('/api', ID), `/api/tasks/${ID}/events`],
    [
      proxyRoutes.webForm('https://shop.example/proxy/', ID),
      `https://shop.example/proxy/webforms/${ID}`,
    ],
  ])('%s', (route, expected) => {
    expect(route).toBe(expected);
  });

  it('encodes an id, should one reach it unchecked', () => {
    expect(proxyRoutes.webForm('/api', '../x?y')).toBe('/api/webforms/..%2Fx%3Fy');
  });
});
