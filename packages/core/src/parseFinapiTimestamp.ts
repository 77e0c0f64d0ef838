// finAPI writes `yyyy-MM-dd'T'HH:mm:ss.SSSZ`, e.g. 2021-03-09T08:36:15.000+0000. ISO forms with
// `Z` or `+00:00` are accepted too, so a proxy that re-serialises dates does not break the kit.
const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * Milliseconds since the epoch for a finAPI timestamp, or `NaN` when it is not one.
 *
 * @example
 * parseFinapiTimestamp('2021-03-09T08:36:15.000+0000') // 1615278975000
 */
export function parseFinapiTimestamp(value: string): number {
  const m = TIMESTAMP.exec(value);
  if (!m) return Number.NaN;
  const [, y, mo, d, h, mi, s, frac = '0', zone = 'Z'] = m;
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) {
    return Number.NaN;
  }
  const ms = Math.round(Number(`0.${frac}`) * 1000);
  let offsetMinutes = 0;
  if (zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const offsetHours = Number(digits.slice(0, 2));
    const offsetMins = Number(digits.slice(2));
    // `+9999` has the shape of an offset but is none; it would shift the instant by days.
    if (offsetHours > 23 || offsetMins > 59) return Number.NaN;
    offsetMinutes = sign * (offsetHours * 60 + offsetMins);
  }
  const utc = Date.UTC(Number(y), month - 1, day, hour, minute, second, ms);
  // Date.UTC rolls 31 February over into March; a real timestamp never needs that.
  if (new Date(utc).getUTCDate() !== day) return Number.NaN;
  return utc - offsetMinutes * 60_000;
}
