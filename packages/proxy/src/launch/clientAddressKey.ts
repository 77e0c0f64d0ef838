import { isIPv6 } from 'node:net';

/**
 * The rate-limit key of a socket's remote address: an IPv4 address as it is (also when Node
 * spells it IPv4-mapped, `::ffff:192.0.2.1`), an IPv6 address by its /64 prefix, since one
 * subscriber line gets a whole /64 and could otherwise take a fresh bucket per address.
 *
 * @example
 * clientAddressKey('::ffff:192.0.2.1'); // '192.0.2.1'
 * clientAddressKey('2001:db8:1:2:aaaa::1'); // '2001:db8:1:2::/64'
 */
export function clientAddressKey(address: string | undefined): string | undefined {
  if (address === undefined || address === '') return undefined;
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped) return mapped[1];
  if (!isIPv6(address)) return address;
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const front = head === '' ? [] : head.split(':');
  const back = tail === '' ? [] : tail.split(':');
  const groups = address.includes('::')
    ? [...front, ...Array<string>(8 - front.length - back.length).fill('0'), ...back]
    : front;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
