/** A remaining time as the screens say it: the number that picks the plural, and its words. */
// A type, not an interface, so it can be handed to `t` as the message's values.
export type TimeLeft = {
  /** Whole minutes from one minute up, whole seconds below. */
  readonly count: number;
  readonly unit: 'minute' | 'second';
  /** `count` with its unit in words, e.g. "5 Minuten", from `Intl.NumberFormat`. */
  readonly duration: string;
};

/**
 * How much time is left, in the largest unit that reads naturally. Minutes are rounded down so
 * the screen never promises more time than there is; seconds are rounded up so the last second
 * still shows as one.
 *
 * @example
 * formatTimeLeft(5 * 60_000 + 30_000, 'de'); // { count: 5, unit: 'minute', duration: '5 Minuten' }
 */
export function formatTimeLeft(ms: number, lang: string): TimeLeft {
  const remaining = Math.max(0, ms);
  const unit = remaining >= 60_000 ? 'minute' : 'second';
  const count = unit === 'minute' ? Math.floor(remaining / 60_000) : Math.ceil(remaining / 1000);
  const duration = new Intl.NumberFormat(lang, {
    style: 'unit',
    unit,
    unitDisplay: 'long',
  }).format(count);
  return { count, unit, duration };
}
