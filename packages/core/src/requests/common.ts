import * as z from 'zod/mini';
import { CURRENCY_CODES } from './currencyCodes.ts';

// Patterns and limits follow finAPI's Web Form 2.0 OpenAPI spec (components/schemas).

/** finAPI's pattern for `redirectUrl` and callback URLs: https only, with a dotted host. */
export const FINAPI_HTTPS_URL =
  /^https:\/\/(www\.)?[-a-zA-Z0-9@:%._+~#=]{1,256}\.[a-zA-Z0-9()]{1,63}\b([-a-zA-Z0-9()@:%_+.~#?&/=]*)$/;

export const HttpsUrlField = z
  .string()
  .check(z.maxLength(2048), z.regex(FINAPI_HTTPS_URL, { error: 'must be an https URL' }));

export const ProfileIdField = z.nullish(z.string().check(z.length(36)));
export const AccessIdField = z.int().check(z.positive());

function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Date.UTC rolls 2022-02-31 over into March.
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * `YYYY-MM-DD`, a real calendar day. The spec's request-body examples write these fields as
 * date-times (`2022-12-31T00:00:00.000+00:00`), but the fields are `format: date` and documented
 * as `YYYY-MM-DD`, and that is the form the kit accepts.
 */
export const DateField = z
  .string()
  .check(z.refine(isCalendarDate, { error: 'must be a date in the format YYYY-MM-DD' }));

export const CallbacksSchema = z.nullish(z.object({ finalised: z.nullish(HttpsUrlField) }));
export const TaskCallbacksSchema = z.nullish(
  z.object({ finalised: z.nullish(HttpsUrlField), webFormRequired: z.nullish(HttpsUrlField) }),
);

export const AmountSchema = z.object({
  // finAPI accepts the amount as a string too, to spare languages without decimals rounding.
  value: z.union([z.number(), z.string().check(z.regex(/^\d+(\.\d{1,2})?$/))]).check(
    z.refine((v) => /^\d+(\.\d{1,2})?$/.test(String(v)) && Number(v) > 0, {
      error: 'must be a positive amount with at most two decimal places',
    }),
  ),
  // Any code of the spec's list passes here; which currency a payment may use is finAPI's 422.
  currency: z.enum(CURRENCY_CODES),
});

export const IbanField = z
  .string()
  .check(z.maxLength(34), z.regex(/^[A-Z0-9]*$/, { error: 'must be a normalised IBAN' }));
export const BicField = z.nullish(
  z.string().check(
    z.regex(/^[A-Z]{6}[2-9A-Z][0-9A-NP-Z](XXX|[0-9A-WYZ][0-9A-Z]{2})?$/, {
      error: 'must be a BIC',
    }),
  ),
);
export const NameField = z.string().check(z.minLength(1), z.maxLength(70));
export const PurposeField = z.nullish(z.string().check(z.minLength(1), z.maxLength(2000)));
export const SepaPurposeCodeField = z.nullish(z.string().check(z.regex(/^[a-zA-Z0-9]{4}$/)));
export const EndToEndIdField = z.nullish(z.string().check(z.minLength(1), z.maxLength(35)));

export const ACCOUNT_TYPES = [
  'BAUSPAREN',
  'CHECKING',
  'CREDIT_CARD',
  'LOAN',
  'MEMBERSHIP',
  'SAVINGS',
  'SECURITY',
] as const;
export const AccountTypesField = z.nullish(z.array(z.enum(ACCOUNT_TYPES)));
