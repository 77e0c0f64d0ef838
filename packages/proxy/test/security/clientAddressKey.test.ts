import { describe, expect, it } from 'vitest';
import { clientAddressKey } from '../../src/node.ts';

describe('clientAddressKey', () => {
  it('keys IPv4 addresses as they are, also when Node spells them IPv4-mapped', () => {
    expect(clientAddressKey('192.0.2.1')).toBe('192.0.2.1');
    expect(clientAddressKey('::ffff:192.0.2.1')).toBe('192.0.2.1');
  });

  it('attack: keys IPv6 addresses by their /64, so a subscriber cannot take a bucket per address', () => {
    const keys = [
      '2001:db8:1:2::1',
      '2001:db8:1:2:aaaa:bbbb:cccc:dddd',
      '2001:0db8:0001:0002:ffff::',
      '2001:DB8:1:2:0:0:0:9',
    ].map(clientAddressKey);
    expect(new Set(keys)).toEqual(new Set(['2001:db8:1:2::/64']));
    expect(clientAddressKey('2001:db8:1:3::1')).toBe('2001:db8:1:3::/64');
    expect(clientAddressKey('::1')).toBe('0:0:0:0::/64');
    expect(clientAddressKey('fe80::1')).toBe('fe80:0:0:0::/64');
  });

  it('gives no key for no address (those requests share the unknown bucket)', () => {
    expect(clientAddressKey(undefined)).toBeUndefined();
    expect(clientAddressKey('')).toBeUndefined();
  });
});
