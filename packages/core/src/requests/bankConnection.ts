import * as z from 'zod/mini';
import { lengthWithin } from '../schemas/lengthWithin.ts';
import { satisfies } from '../schemas/satisfies.ts';
import {
  AccessIdField,
  AccountTypesField,
  CallbacksSchema,
  HttpsUrlField,
  ProfileIdField,
  TaskCallbacksSchema,
} from './common.ts';

/** Body of `POST /api/webForms/bankConnectionImport` (finAPI's `BankConnectionImportDetails`). */
export const BankConnectionImportDetailsSchema = z.object({
  bank: z.nullish(z.object({ id: z.nullish(AccessIdField), search: z.nullish(z.string()) })),
  bankConnectionName: z.nullish(z.string().check(lengthWithin(1, 64))),
  skipPositionsDownload: z.nullish(z.boolean()),
  loadOwnerData: z.nullish(z.boolean()),
  maxDaysForDownload: z.nullish(
    z
      .number()
      .check(
        satisfies(
          (days) => Number.isInteger(days) && days >= 0 && days <= 3650,
          'must be a whole number from 0 to 3650',
        ),
      ),
  ),
  accountTypes: AccountTypesField,
  callbacks: CallbacksSchema,
  profileId: ProfileIdField,
  redirectUrl: z.nullish(HttpsUrlField),
});
export type BankConnectionImportDetails = z.infer<typeof BankConnectionImportDetailsSchema>;

/** Body of `POST /api/webForms/bankConnectionUpdate` (finAPI's `BankConnectionUpdateDetails`). */
export const BankConnectionUpdateDetailsSchema = z.object({
  bank: z.object({ bankConnectionId: AccessIdField }),
  importNewAccounts: z.nullish(z.boolean()),
  accountTypes: AccountTypesField,
  skipPositionsDownload: z.nullish(z.boolean()),
  loadOwnerData: z.nullish(z.boolean()),
  editSavedSettings: z.nullish(z.array(z.enum(['CREDENTIALS']))),
  callbacks: CallbacksSchema,
  profileId: ProfileIdField,
});
export type BankConnectionUpdateDetails = z.infer<typeof BankConnectionUpdateDetailsSchema>;

/** Body of `POST /api/tasks/backgroundUpdate` (finAPI's `BankConnectionUpdateTaskDetails`). */
export const BankConnectionUpdateTaskDetailsSchema = z.object({
  bankConnectionId: AccessIdField,
  importNewAccounts: z.nullish(z.boolean()),
  accountTypes: AccountTypesField,
  skipPositionsDownload: z.nullish(z.boolean()),
  loadOwnerData: z.nullish(z.boolean()),
  manageSavedSettings: z.nullish(z.array(z.enum(['CREDENTIALS', 'DEFAULT_TWO_STEP_PROCEDURE']))),
  callbacks: TaskCallbacksSchema,
  profileId: ProfileIdField,
  redirectUrl: z.nullish(HttpsUrlField),
  userMetadata: z.nullish(
    z.object({
      ipAddress: z.string().check(lengthWithin(0, 64)),
      deviceOs: z.string().check(lengthWithin(0, 1024)),
      userAgent: z.string().check(lengthWithin(0, 1024)),
    }),
  ),
});
export type BankConnectionUpdateTaskDetails = z.infer<typeof BankConnectionUpdateTaskDetailsSchema>;
