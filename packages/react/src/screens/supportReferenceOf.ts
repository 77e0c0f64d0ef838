/**
 * A short reference customer support can act on: the initials of the error code (digits kept)
 * and, when the flow has one, the first eight characters of its web form or task id, e.g.
 * `IE-946DB09E` for finAPI's `INTERNAL_ERROR` on web form `946db09e-…`. Short enough to read out
 * on the phone, and support finds the flow by the id the app's backend recorded.
 *
 * @example
 * supportReferenceOf('UNEXPECTED_ACCESS_RESPONSE', '946db09e-5bfc-11eb-ae93-0242ac130002'); // 'UAR-946DB09E'
 */
export function supportReferenceOf(code: string, id?: string | null): string {
  const initials = code
    .split(/[_\W]+/)
    .map((word) => (/^\d+$/.test(word) ? word : word.charAt(0)))
    .join('')
    .toUpperCase();
  const short = id
    ?.replace(/[^\da-z]/gi, '')
    .slice(0, 8)
    .toUpperCase();
  return short ? `${initials}-${short}` : initials;
}
