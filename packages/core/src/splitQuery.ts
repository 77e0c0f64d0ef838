/**
 * A URL cut where its query starts and ends, the query's `name=value` pairs kept as written.
 * The return-trip helpers edit queries pair by pair instead of through `URLSearchParams`, which
 * re-encodes every other parameter (`next=/cart` becomes `next=%2Fcart`, `flag` becomes `flag=`)
 * and so would change URLs the app owns.
 */
export interface SplitUrl {
  /** Everything before the `?` (or before the `#` when there is no query). */
  base: string;
  /** The query's non-empty pairs, undecoded. */
  pairs: string[];
  /** `#...`, or `''`. */
  fragment: string;
}

/**
 * Splits a URL into base, query pairs and fragment.
 *
 * @example
 * splitQuery('https://shop.example/r?a=1&b#top')
 * // { base: 'https://shop.example/r', pairs: ['a=1', 'b'], fragment: '#top' }
 */
export function splitQuery(href: string): SplitUrl {
  const hashAt = href.indexOf('#');
  const fragment = hashAt === -1 ? '' : href.slice(hashAt);
  const beforeHash = hashAt === -1 ? href : href.slice(0, hashAt);
  const queryAt = beforeHash.indexOf('?');
  if (queryAt === -1) return { base: beforeHash, pairs: [], fragment };
  return {
    base: beforeHash.slice(0, queryAt),
    pairs: beforeHash
      .slice(queryAt + 1)
      .split('&')
      .filter((pair) => pair !== ''),
    fragment,
  };
}

/**
 * Puts a {@link SplitUrl} back together, leaving out the `?` when no pair is left.
 *
 * @example
 * joinQuery({ base: 'https://shop.example/r', pairs: ['a=1'], fragment: '#top' })
 * // 'https://shop.example/r?a=1#top'
 */
export function joinQuery({ base, pairs, fragment }: SplitUrl): string {
  return pairs.length === 0 ? `${base}${fragment}` : `${base}?${pairs.join('&')}${fragment}`;
}

/**
 * The decoded name of a query pair, as `URLSearchParams` would read it.
 *
 * @example
 * paramNameOf('redirect%55rl=https%3A%2F%2F...') // 'redirectUrl'
 */
export function paramNameOf(pair: string): string {
  const raw = pair.split('=', 1)[0] ?? '';
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}
