import { KNOWN_WEB_FORM_ERROR_CODES, type KnownWebFormErrorCode } from '@webform-kit/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { CompletedWithErrorScreen } from './CompletedWithErrorScreen.tsx';

const meta = {
  title: 'Screens/Completed with error',
  component: CompletedWithErrorScreen,
  args: { onRestart: fn(), supportUrl: 'https://bank.example/support' },
  parameters: {
    docs: {
      description: {
        component:
          'The web form ended with an error (`data-screen="completed-with-error"`, `data-state` = the code). Each of finAPI\'s error codes has its own explanation and next step; codes the kit does not know (finAPI may add some) get a general one. The code is shown for customer support, and `supportUrl` adds the support link as finAPI\'s form does.',
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

export const EntityExists = byCode.ENTITY_EXISTS;
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

export const WithoutSupportLink: Story = {
  args: { errorCode: 'BANK_SERVER_REJECTION', supportUrl: undefined },
};

export const Dark: Story = { globals: { theme: 'dark' }, args: { errorCode: 'INTERNAL_ERROR' } };
