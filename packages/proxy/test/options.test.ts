import { describe, expect, it } from 'vitest';
import {
  createWebFormProxy,
  DEFAULT_MAX_STREAMS_PER_SESSION,
  DEFAULT_REFERENCE_TTL_MS,
  DEFAULT_UNATTENDED_POLL_MS,
} from '../src/index.ts';
import { SESSION_SECRET } from './helpers.ts';

const base = {
  getAccessToken: async () => 'token',
  publicUrl: 'https://shop.example.com',
  sessionSecret: SESSION_SECRET,
};

describe('createWebFormProxy options', () => {
  it('requires a session secret of at least 32 characters, saying why', () => {
    expect(() => createWebFormProxy({ ...base, sessionSecret: 'short' })).toThrow(
      /sessionSecret must be a string of at least 32 characters/,
    );
    expect(() =>
      createWebFormProxy({ ...base, sessionSecret: undefined as unknown as string }),
    ).toThrow(TypeError);
    expect(() =>
      createWebFormProxy({ ...base, sessionSecret: 'abcdefghijklmnop'.repeat(2) }),
    ).not.toThrow();
  });

  it('requires an absolute http(s) public URL', () => {
    for (const publicUrl of ['/api', 'javascript:alert(1)', 'ftp://shop.example.com', '']) {
      expect(() => createWebFormProxy({ ...base, publicUrl }), publicUrl).toThrow(/publicUrl/);
    }
  });

  it('requires exactly one way to get a token', () => {
    const { getAccessToken: _, ...withoutToken } = base;
    expect(() => createWebFormProxy(withoutToken)).toThrow(
      /exactly one of getAccessToken and passwordGrant/,
    );
    expect(() =>
      createWebFormProxy({
        ...base,
        passwordGrant: { clientId: 'a', clientSecret: 'b', username: 'c', password: 'd' },
      }),
    ).toThrow(/exactly one/);
  });

  it('refuses allowed origins that are not http(s) origins', () => {
    expect(() => createWebFormProxy({ ...base, allowedOrigins: ['not a url'] })).toThrow(
      /allowedOrigins/,
    );
  });

  it('refuses a base path that is not a path', () => {
    expect(() => createWebFormProxy({ ...base, basePath: 'api' })).toThrow(/basePath/);
  });

  it('refuses a referenceTtlMs that is not a positive number of milliseconds', () => {
    for (const referenceTtlMs of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => createWebFormProxy({ ...base, referenceTtlMs }), String(referenceTtlMs)).toThrow(
        /referenceTtlMs/,
      );
    }
    expect(() => createWebFormProxy({ ...base, referenceTtlMs: 3_600_000 }).close()).not.toThrow();
  });

  it('refuses a stream cap under one, and a prepare or onOutcome that is no function', () => {
    expect(() => createWebFormProxy({ ...base, maxStreamsPerSession: 0 })).toThrow(
      /maxStreamsPerSession/,
    );
    expect(() =>
      createWebFormProxy({ ...base, prepare: {} as unknown as () => { body: object } } as never),
    ).toThrow(/prepare must be a function/);
    expect(() =>
      createWebFormProxy({ ...base, onOutcome: 'log' as unknown as () => void }),
    ).toThrow(/onOutcome must be a function/);
  });

  it('has the documented defaults', () => {
    expect([
      DEFAULT_UNATTENDED_POLL_MS,
      DEFAULT_REFERENCE_TTL_MS,
      DEFAULT_MAX_STREAMS_PER_SESSION,
    ]).toEqual([60_000, 7 * 24 * 60 * 60 * 1000, 4]);
  });
});
