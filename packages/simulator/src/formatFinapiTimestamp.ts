/**
 * A time as finAPI writes it: `yyyy-MM-dd'T'HH:mm:ss.SSSZ` in UTC, e.g.
 * `2021-03-09T08:36:15.000+0000`.
 *
 * @example
 * formatFinapiTimestamp(1615278975000) // '2021-03-09T08:36:15.000+0000'
 */
export function formatFinapiTimestamp(ms: number): string {
  return new Date(ms).toISOString().replace(/Z$/, '+0000');
}
