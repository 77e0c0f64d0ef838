/**
 * Request values that make the simulator answer the way finAPI does in rarer cases, so a client
 * can meet every documented error without a real bank. Anything else is accepted.
 */
export const TEST_VALUES = Object.freeze({
  /** `profileId` that does not exist: 404 `NOT_FOUND` from every create endpoint. */
  unknownProfileId: '00000000-0000-0000-0000-000000000000',
  /** Bank connection that does not exist: 404 `NOT_FOUND` (bank connection update, task). */
  unknownBankConnectionId: 404_404,
  /** Bank connection whose bank is no longer supported: 422 `BANK_NOT_SUPPORTED`. */
  unsupportedBankConnectionId: 422_422,
  /** `bank.id` of an unsupported bank: 422 `BANK_NOT_SUPPORTED` (bank connection import). */
  unsupportedBankId: 422_422,
  /** `bank.search` that finds no supported bank: 422 `BANK_NOT_SUPPORTED` (import). */
  unsupportedBankSearch: 'unsupported',
  /** `bank.search` that finds several banks: 422 `BANK_NOT_UNIQUE` (import). */
  ambiguousBankSearch: 'ambiguous',
  /**
   * `sender.iban` at an unsupported bank: 422 `BANK_NOT_SUPPORTED` (standalone payment,
   * standing order).
   */
  unsupportedBankIban: 'DE00422422422422422422',
  /**
   * Account without payment capabilities: 422 `PAYMENT_NOT_SUPPORTED` (`sender.accountId` of a
   * payment with account id, `receiver.accountId` of a direct debit).
   */
  noPaymentAccountId: 422_422,
  /** The one currency payments accept; any other is 422 `PAYMENT_NOT_SUPPORTED`. */
  currency: 'EUR',
});
