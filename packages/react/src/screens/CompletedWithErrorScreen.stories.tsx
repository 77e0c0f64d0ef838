import { KNOWN_WEB_FORM_ERROR_CODES, type KnownWebFormErrorCode } from '@webform-kit/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { CompletedWithErrorScreen } from './CompletedWithErrorScreen.tsx';

const meta = {
  title: 'Screens/Completed with error',
  component: CompletedWithErrorScreen,
  args: { onRestart: fn(), onContinue: fn(), supportUrl: 'https://bank.example/support' },
  parameters: {
    docs: {
      description: {
        component:
          "finAPI's form ended with an error (`data-screen=\"completed-with-error\"`, `data-state` = the code).\n\n**Use it** with the outcome's `errorCode`, the flow's `kind`, `supportUrl`, `onRestart` and `onContinue`. Each code gets its own words and the next step that fits it: Continue for `ENTITY_EXISTS` (neutral information: the connection exists), customer support for `MANDATOR_MISCONFIGURATION`, Try again where the customer can fix it. Where support can act on it (unexplained errors, misconfiguration, unknown codes) a short reference with a copy button replaces finAPI's enum, which customers never see.\n\n**Payments**: the heading says what happened to the money. Without a `paymentId`, no payment was made; with one, or after `INTERNAL_ERROR` or `UNEXPECTED_ACCESS_RESPONSE`, the result is not known yet: the screen says how to check and sends the customer to support instead of offering a second payment.\n\n**Copy**: explain what happened in the customer's terms, then one next step.",
      },
    },
  },
} satisfies Meta<typeof CompletedWithErrorScreen>;

export default meta;
type Story = StoryObj<typeof meta>;

/** One story per documented code, generated from core's list. */
const byCode = Object.fromEntries(
  KNOWN_WEB_FORM_ERROR_CODES.map((errorCode) => [errorCode, { args: { errorCode } }]),
) as Record<KnownWebFormErrorCode, Story>;

/** Neutral information, not a failure: the customer keeps the connection they have. */
export const EntityExists: Story = {
  ...byCode.ENTITY_EXISTS,
  play: async ({ canvas, userEvent, args }) => {
    await expect(canvas.queryByRole('button', { name: 'Try again' })).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await expect(args.onContinue).toHaveBeenCalledOnce();
  },
};
export const BankServerRejection = byCode.BANK_SERVER_REJECTION;
export const InternalError = byCode.INTERNAL_ERROR;
export const Interrupted = byCode.INTERRUPTED;
export const InvalidToken = byCode.INVALID_TOKEN;
export const MandatorMisconfiguration = byCode.MANDATOR_MISCONFIGURATION;
export const NoAccountsForTypeList = byCode.NO_ACCOUNTS_FOR_TYPE_LIST;
export const UndeterminedBank = byCode.UNDETERMINED_BANK;
export const UnexpectedAccessResponse = byCode.UNEXPECTED_ACCESS_RESPONSE;
export const UnsupportedFeature = byCode.UNSUPPORTED_FEATURE;
export const UnsupportedOrder = byCode.UNSUPPORTED_ORDER;

/** A code finAPI added after this kit was written. */
export const UnknownCode: Story = { args: { errorCode: 'SOME_FUTURE_CODE' } };

export const WithoutCode: Story = { args: { errorCode: null } };

/** A payment the bank declined before any money moved (no `paymentId`). */
export const PaymentNotMade: Story = {
  args: { kind: 'standalone-payment', errorCode: 'BANK_SERVER_REJECTION', paymentId: null },
};

/** An error that carries a `paymentId`: the bank may still carry the payment out. */
export const PaymentResultUnknown: Story = {
  args: { kind: 'standalone-payment', errorCode: 'BANK_SERVER_REJECTION', paymentId: 4711 },
  play: async ({ canvas }) => {
    await expect(
      canvas.getByRole('heading', { name: 'The result of your payment is not known yet' }),
    ).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Try again' })).toBeNull();
    await expect(canvas.getByRole('button', { name: 'Copy' })).toBeVisible();
  },
};

export const WithoutSupportLink: Story = {
  args: { errorCode: 'BANK_SERVER_REJECTION', supportUrl: undefined },
};
