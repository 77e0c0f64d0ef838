/*
 * Hosts as the proxy compares them: the `Host` of a request, and the hosts its options list.
 */

/** A `Host` value (`name` or `name:port`) as a URL, or `undefined` when it is not only that. */
export function parseHost(value: string): URL | undefined {
  if (!/^[^/?#@\\\s]+$/.test(value)) return undefined;
  try {
    return new URL(`http://${value}`);
  } catch {
    return undefined;
  }
}

/** How hosts are compared: `URL`'s spelling (lower case, IDNA), without a default port. */
export function hostKey(url: URL): string {
  return url.host.replace(/:443$/, '');
}
