import * as z from 'zod/mini';
import { lengthWithin } from '../schemas/lengthWithin.ts';
import {
  AccessIdField,
  AmountSchema,
  BicField,
  CallbacksSchema,
  DateField,
  EndToEndIdField,
  HttpsUrlField,
  IbanField,
  NameField,
  ProfileIdField,
  PurposeField,
  SepaPurposeCodeField,
} from './common.ts';
import { COUNTRY_CODES } from './countryCodes.ts';

const PaymentOrderSchema = z.object({
  amount: AmountSchema,
  purpose: PurposeField,
  sepaPurposeCode: SepaPurposeCodeField,
  endToEndId: EndToEndIdField,
  recipient: z.object({
    iban: IbanField.check(lengthWithin(1, Infinity)),
    name: NameField,
    bic: BicField,
  }),
});

const Orders = <T extends z.ZodMiniType>(order: T) => z.array(order).check(lengthWithin(1, 15000));

/** Body of `POST /api/webForms/standalonePayment` (finAPI's `StandalonePaymentDetails`). */
export const StandalonePaymentDetailsSchema = z.object({
  orders: Orders(PaymentOrderSchema),
  executionDate: z.nullish(DateField),
  batchBookingPreferred: z.nullish(z.boolean()),
  instantPayment: z.optional(z.boolean()),
  profileId: ProfileIdField,
  redirectUrl: z.nullish(HttpsUrlField),
  callbacks: CallbacksSchema,
  sender: z.nullish(z.object({ iban: IbanField })),
});
export type StandalonePaymentDetails = z.infer<typeof StandalonePaymentDetailsSchema>;

/** Body of `POST /api/webForms/paymentWithAccountId` (finAPI's `PaymentWithAccountDetails`). */
export const PaymentWithAccountDetailsSchema = z.object({
  orders: Orders(PaymentOrderSchema),
  sender: z.object({ accountId: AccessIdField }),
  executionDate: z.nullish(DateField),
  batchBookingPreferred: z.nullish(z.boolean()),
  profileId: ProfileIdField,
  redirectUrl: z.nullish(HttpsUrlField),
  callbacks: CallbacksSchema,
});
export type PaymentWithAccountDetails = z.infer<typeof PaymentWithAccountDetailsSchema>;

const DirectDebitOrderSchema = z.object({
  amount: AmountSchema,
  purpose: PurposeField,
  sepaPurposeCode: SepaPurposeCodeField,
  endToEndId: EndToEndIdField,
  payer: z.object({
    iban: IbanField.check(lengthWithin(1, Infinity)),
    name: NameField,
    bic: BicField,
    address: z.nullish(z.string().check(lengthWithin(1, 140))),
    country: z.nullish(z.enum(COUNTRY_CODES)),
  }),
  mandateId: z.string().check(lengthWithin(0, 270)),
  mandateDate: DateField,
  creditorId: z.string().check(lengthWithin(0, 35)),
});

/**
 * Body of `POST /api/webForms/directDebitWithAccountId` (finAPI's
 * `DirectDebitWithAccountDetails`).
 */
export const DirectDebitWithAccountDetailsSchema = z.object({
  orders: Orders(DirectDebitOrderSchema),
  receiver: z.object({ accountId: AccessIdField }),
  executionDate: DateField,
  directDebitType: z.enum(['B2B', 'BASIC']),
  sequenceType: z.enum(['OOFF', 'FRST', 'RCUR', 'FNAL']),
  batchBookingPreferred: z.nullish(z.boolean()),
  profileId: ProfileIdField,
  redirectUrl: z.nullish(HttpsUrlField),
  callbacks: CallbacksSchema,
});
export type DirectDebitWithAccountDetails = z.infer<typeof DirectDebitWithAccountDetailsSchema>;

/** Body of `POST /api/webForms/standingOrder` (finAPI's `StandingOrderDetails`). */
export const StandingOrderDetailsSchema = z.object({
  amount: AmountSchema,
  purpose: PurposeField,
  sepaPurposeCode: SepaPurposeCodeField,
  endToEndId: EndToEndIdField,
  recipient: z.object({ iban: IbanField, name: NameField }),
  sender: z.nullish(z.object({ iban: IbanField })),
  startDate: DateField,
  endDate: z.nullish(DateField),
  frequency: z.enum(['MONTHLY', 'EVERY_TWO_MONTHS', 'QUARTERLY', 'SEMI_ANNUAL', 'ANNUAL']),
  profileId: ProfileIdField,
  redirectUrl: z.nullish(HttpsUrlField),
  callbacks: CallbacksSchema,
});
export type StandingOrderDetails = z.infer<typeof StandingOrderDetailsSchema>;
