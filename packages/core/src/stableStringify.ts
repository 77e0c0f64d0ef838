/**
 * `JSON.stringify` with every object's keys sorted, so two inputs that differ only in key order
 * give the same text (`{ a, b }` and `{ b, a }` name the same order). Like `JSON.stringify` it
 * honours `toJSON`, drops `undefined` and functions in objects and throws a `TypeError` for a
 * BigInt; a circular value is a `TypeError` too.
 *
 * @example
 * stableStringify({ orderId: '1042', amount: 10 }) // '{"amount":10,"orderId":"1042"}'
 */
export function stableStringify(value: unknown): string {
  const path = new Set<object>();
  const sorted = (current: unknown): unknown => {
    if (current === null || typeof current !== 'object') return current;
    const json = (current as { toJSON?: unknown }).toJSON;
    if (typeof json === 'function') return sorted((json as () => unknown).call(current));
    if (path.has(current)) throw new TypeError('a circular value cannot be serialised');
    path.add(current);
    const copy = Array.isArray(current)
      ? current.map(sorted)
      : Object.fromEntries(
          Object.keys(current)
            .sort()
            .map((key) => [key, sorted((current as Record<string, unknown>)[key])]),
        );
    path.delete(current);
    return copy;
  };
  return JSON.stringify(sorted(value)) ?? 'null';
}
