import type { HostedPageLanguage } from './HostedPageLanguage.ts';
import type { Money } from './orderSummaryOf.ts';

/** How the hosted page writes values for a customer reading one language. */
export interface PageFormat {
  /** `12.5 EUR` as `€12.50` (en), `12,50 €` (de) ... */
  money(amount: Money): string;
  /** `2026-03-01` as `1 March 2026` (en), `1. März 2026` (de) ... */
  date(isoDate: string): string;
  /** A time left, rounded up: `19 minutes`, `45 seconds`, in the language's plural forms. */
  duration(ms: number): string;
  /** Fills `{name}` placeholders; unknown ones stay as they are. */
  fill(template: string, values: Record<string, string | number>): string;
}

/** An IBAN in groups of four, as banks print it: `DE02 1203 0000 0000 2020 51`. */
export function formatIban(iban: string): string {
  return iban.replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * The page's formatting in one language, with the platform's `Intl` (Node's full ICU knows all
 * 11 languages).
 *
 * @example
 * createPageFormat('de').money({ value: 49.9, currency: 'EUR' }) // '49,90 €'
 */
export function createPageFormat(lang: HostedPageLanguage): PageFormat {
  // The banks are European: English dates as in Britain (1 March 2026), not the US default.
  const locale = lang === 'en' ? 'en-GB' : lang;
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const minutes = new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'minute',
    unitDisplay: 'long',
  });
  const seconds = new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'second',
    unitDisplay: 'long',
  });
  return {
    money: ({ value, currency }) =>
      new Intl.NumberFormat(locale, { style: 'currency', currency }).format(value),
    date(isoDate) {
      const [year, month, day] = isoDate.split('-').map(Number);
      return dates.format(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
    },
    duration(ms) {
      const left = Math.max(0, ms);
      return left >= 60_000
        ? minutes.format(Math.ceil(left / 60_000))
        : seconds.format(Math.ceil(left / 1000));
    },
    fill: (template, values) =>
      template.replace(/\{(\w+)\}/g, (whole, name: string) =>
        Object.hasOwn(values, name) ? String(values[name]) : whole,
      ),
  };
}
