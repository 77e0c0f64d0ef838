import * as z from 'zod/mini';
import { lengthWithin } from '../schemas/lengthWithin.ts';
import { positiveUpTo } from '../schemas/positiveUpTo.ts';
import { satisfies } from '../schemas/satisfies.ts';
import { CURRENCY_CODES } from './currencyCodes.ts';

// Patterns and limits follow finAPI's Web Form 2.0 OpenAPI spec (components/schemas). They are
// plain check functions (lengthWithin, satisfies, positiveUpTo) like the answers' schemas, so a
// bundle with both carries no zod check class of its own for them.

/** finAPI's pattern for `redirectUrl` and callback URLs: https only, with a dotted host. */
export const FINAPI_HTTPS_URL =
  /^https:\/\/(www\.)?[-a-zA-Z0-9@:%._+~#=]{1,256}\.[a-zA-Z0-9()]{1,63}\b([-a-zA-Z0-9()@:%_+.~#?&/=]*)$/;

export const HttpsUrlField = z.string().check(
  lengthWithin(0, 2048),
  satisfies((url) => FINAPI_HTTPS_URL.test(url), 'must be an https URL'),
);

// Counted in code points, as zod's z.length(36) counted.
export const ProfileIdField = z.nullish(
  z.string().check(satisfies((id) => [...id].length === 36, 'must have exactly 36 characters')),
);
export const AccessIdField = z.number().check(positiveUpTo(Number.MAX_SAFE_INTEGER, true));

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
  .check(satisfies(isCalendarDate, 'must be a date in the format YYYY-MM-DD'));

export const CallbacksSchema = z.nullish(z.object({ finalised: z.nullish(HttpsUrlField) }));
export const TaskCallbacksSchema = z.nullish(
  z.object({ finalised: z.nullish(HttpsUrlField), webFormRequired: z.nullish(HttpsUrlField) }),
);

export const AmountSchema = z.object({
  // finAPI accepts the amount as a string too, to spare languages without decimals rounding.
  // The string's pattern is checked once, by the refine: zod's union hands on the issues of a
  // string option that checks it too, and the same fault would be worded twice.
  value: z
    .union([z.number(), z.string()])
    .check(
      satisfies(
        (v) => /^\d+(\.\d{1,2})?$/.test(String(v)) && Number(v) > 0,
        'must be a positive amount with at most two decimal places',
      ),
    ),
  // Any code of the spec's list passes here; which currency a payment may use is finAPI's 422.
  currency: z.enum(CURRENCY_CODES),
});

export const IbanField = z.string().check(
  lengthWithin(0, 34),
  satisfies((iban) => /^[A-Z0-9]*$/.test(iban), 'must be a normalised IBAN'),
);
export const BicField = z.nullish(
  z
    .string()
    .check(
      satisfies(
        (bic) => /^[A-Z]{6}[2-9A-Z][0-9A-NP-Z](XXX|[0-9A-WYZ][0-9A-Z]{2})?$/.test(bic),
        'must be a BIC',
      ),
    ),
);
export const NameField = z.string().check(lengthWithin(1, 70));
export const PurposeField = z.nullish(z.string().check(lengthWithin(1, 2000)));
export const SepaPurposeCodeField = z.nullish(
  z
    .string()
    .check(satisfies((code) => /^[a-zA-Z0-9]{4}$/.test(code), 'must be 4 letters or digits')),
);
export const EndToEndIdField = z.nullish(z.string().check(lengthWithin(1, 35)));

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
