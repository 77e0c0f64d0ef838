import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createWebFormProxy } from '../../src/index.ts';
import { startProxyFromEnv } from '../../src/node.ts';
import { FINAPI_ENV } from '../helpers.ts';

const base = {
  getAccessToken: async () => 'token',
  publicUrl: 'https://shop.example.com',
};

describe('issue 13.6: weak session secrets', () => {
  it('attack: a 32-character secret of one repeated character is refused, saying how to make one', () => {
    expect(() => createWebFormProxy({ ...base, sessionSecret: 'a'.repeat(32) })).toThrow(
      /sessionSecret must have at least 16 distinct characters.*openssl rand -base64 48/,
    );
  });

  it('attack: patterns and placeholders of enough length are refused too', () => {
    for (const sessionSecret of [
      'ab'.repeat(16),
      'changeme'.repeat(4),
      'secretsecretsecretsecretsecret12',
      '0123456789abcd'.repeat(3),
    ]) {
      expect(() => createWebFormProxy({ ...base, sessionSecret }), sessionSecret).toThrow(
        /distinct characters/,
      );
    }
  });

  it('attack: the env launcher refuses a weak SESSION_SECRET rather than running on it', async () => {
    await expect(
      startProxyFromEnv({ ...FINAPI_ENV, PORT: '0', SESSION_SECRET: 'x'.repeat(48) }),
    ).rejects.toThrow(/openssl rand -base64 48/);
  });

  it('accepts what `openssl rand -base64 48` makes, and 16 distinct characters of 32', () => {
    expect(() =>
      createWebFormProxy({ ...base, sessionSecret: randomBytes(48).toString('base64') }),
    ).not.toThrow();
    expect(() =>
      createWebFormProxy({ ...base, sessionSecret: 'abcdefghijklmnop'.repeat(2) }),
    ).not.toThrow();
    expect(() =>
      createWebFormProxy({ ...base, sessionSecret: 'abcdefghijklmno'.repeat(3) }),
    ).toThrow(/16 distinct/);
  });
});
