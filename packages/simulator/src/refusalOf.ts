import type { FinapiErrorCode, WebFormKind } from '@webform-kit/core';
import type { Scenario } from './scenario.ts';
import { TEST_VALUES } from './testValues.ts';

/** A request finAPI would refuse although it is valid: its status, code and description. */
export interface Refusal {
  status: 404 | 422;
  code: FinapiErrorCode;
  description: string;
}

/** The fields of create requests the refusals look at. */
export interface CheckedDetails {
  profileId?: string | null;
  redirectUrl?: string | null;
  bank?: { id?: number | null; search?: string | null; bankConnectionId?: number } | null;
  bankConnectionId?: number;
  orders?: readonly { amount: { currency: string } }[];
  amount?: { currency: string };
  sender?: { iban?: string; accountId?: number } | null;
  receiver?: { accountId: number };
}

const notFound = (description: string): Refusal => ({
  status: 404,
  code: 'NOT_FOUND',
  description,
});
const unprocessable = (code: FinapiErrorCode, description: string): Refusal => ({
  status: 422,
  code,
  description,
});

function currenciesOf(details: CheckedDetails): string[] {
  if (details.orders !== undefined) return details.orders.map((order) => order.amount.currency);
  return details.amount === undefined ? [] : [details.amount.currency];
}

function bankConnectionRefusal(bankConnectionId: number): Refusal | undefined {
  if (bankConnectionId === TEST_VALUES.unknownBankConnectionId) {
    return notFound(`Bank connection with id ${bankConnectionId} not found`);
  }
  if (bankConnectionId === TEST_VALUES.unsupportedBankConnectionId) {
    return unprocessable(
      'BANK_NOT_SUPPORTED',
      `The bank of bank connection ${bankConnectionId} is no longer supported`,
    );
  }
  return undefined;
}

/**
 * Why finAPI would refuse a syntactically valid create request (`kind`, or `task` for
 * `POST /api/tasks/backgroundUpdate`), following the 404 and 422 answers its spec lists for the
 * endpoint. The rarer cases are triggered by {@link TEST_VALUES} and the scenario.
 */
export function refusalOf(
  kind: WebFormKind | 'task',
  details: CheckedDetails,
  scenario: Scenario,
): Refusal | undefined {
  if (scenario.mandatorMisconfigured) {
    return unprocessable(
      'MANDATOR_MISCONFIGURATION',
      'The mandator is not properly configured on the Access side (scenario: mandatorMisconfigured)',
    );
  }
  // The task endpoint and the bank connection update endpoint do not list INVALID_REDIRECT_URL.
  if (kind !== 'task' && kind !== 'bank-connection-update') {
    const given = details.redirectUrl != null;
    if (scenario.redirectUrlPolicy === 'required' && !given) {
      return unprocessable('INVALID_REDIRECT_URL', 'redirectUrl is mandatory for your mandator');
    }
    if (scenario.redirectUrlPolicy === 'forbidden' && given) {
      return unprocessable('INVALID_REDIRECT_URL', 'redirectUrl is not allowed for your mandator');
    }
  }
  if (details.profileId === TEST_VALUES.unknownProfileId) {
    return notFound(`Profile with id ${details.profileId} not found`);
  }

  switch (kind) {
    case 'task':
      return bankConnectionRefusal(details.bankConnectionId as number);
    case 'bank-connection-update':
      return bankConnectionRefusal(details.bank?.bankConnectionId as number);
    case 'bank-connection-import': {
      const search = details.bank?.search?.trim().toLowerCase();
      if (
        details.bank?.id === TEST_VALUES.unsupportedBankId ||
        search === TEST_VALUES.unsupportedBankSearch
      ) {
        return unprocessable('BANK_NOT_SUPPORTED', 'The given bank is not supported');
      }
      if (search === TEST_VALUES.ambiguousBankSearch) {
        return unprocessable('BANK_NOT_UNIQUE', 'The bank search matches more than one bank');
      }
      return undefined;
    }
    case 'standalone-payment':
    case 'standing-order':
    case 'payment-with-account-id':
    case 'direct-debit-with-account-id': {
      const accountId = details.sender?.accountId ?? details.receiver?.accountId;
      if (accountId === TEST_VALUES.noPaymentAccountId) {
        return unprocessable(
          'PAYMENT_NOT_SUPPORTED',
          `The account with id ${accountId} does not have payment capabilities`,
        );
      }
      // The simulator's accounts are EUR accounts, so a payment with account id in another
      // currency "does not match the selected account currency" as finAPI puts it.
      if (currenciesOf(details).some((currency) => currency !== TEST_VALUES.currency)) {
        return unprocessable('PAYMENT_NOT_SUPPORTED', "The transfer amount currency is not 'EUR'");
      }
      if (details.sender?.iban === TEST_VALUES.unsupportedBankIban) {
        return unprocessable(
          'BANK_NOT_SUPPORTED',
          'The given sender.iban does not result in a uniquely valid bank',
        );
      }
      return undefined;
    }
  }
}
