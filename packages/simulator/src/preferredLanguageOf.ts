import { isHostedPageLanguage, type HostedPageLanguage } from './HostedPageLanguage.ts';

/**
 * The best of the page's languages for an `Accept-Language` header (RFC 9110 12.5.4): the tags
 * in order of their `q` weight, each matched by its primary subtag (`de-AT` is `de`). Tags with
 * `q=0` are refused; `*` matches nothing in particular. `undefined` when no tag matches.
 *
 * @example
 * preferredLanguageOf('de-AT,de;q=0.9,en;q=0.8') // 'de'
 * preferredLanguageOf('ja, en-GB;q=0.5') // 'en'
 * preferredLanguageOf('ja') // undefined
 */
export function preferredLanguageOf(
  header: string | null | undefined,
): HostedPageLanguage | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(',')
    .slice(0, 32)
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params
        .map((param) => /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/i.exec(param)?.[1])
        .find((value) => value !== undefined);
      return { tag: tag.trim().toLowerCase(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.tag !== '' && entry.q > 0)
    // Equal weights keep the header's order.
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    const primary = tag.split('-')[0];
    if (isHostedPageLanguage(primary)) return primary;
  }
  return undefined;
}
