import { QueryClient } from '@tanstack/query-core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_AGE_MS, createFlowKit, isFresh, maxAgeOf } from '../../src/flow/index.ts';

describe('the resume window', () => {
  it('is the kit option when positive, else the default (the kit and the first screen agree)', () => {
    expect(maxAgeOf(undefined)).toBe(DEFAULT_MAX_AGE_MS);
    expect(maxAgeOf(0)).toBe(DEFAULT_MAX_AGE_MS);
    expect(maxAgeOf(-5)).toBe(DEFAULT_MAX_AGE_MS);
    expect(maxAgeOf(60_000)).toBe(60_000);
    const kit = (maxAgeMs?: number) => createFlowKit({ queryClient: new QueryClient(), maxAgeMs });
    expect(kit().maxAgeMs).toBe(DEFAULT_MAX_AGE_MS);
    expect(kit(0).maxAgeMs).toBe(DEFAULT_MAX_AGE_MS);
    expect(kit(60_000).maxAgeMs).toBe(60_000);
  });

  it('takes a record up to its end, not after, and not one from more than a minute ahead', () => {
    const now = 10_000_000;
    expect(isFresh({ startedAt: now - 60_000 }, now, 60_000)).toBe(true);
    expect(isFresh({ startedAt: now - 60_001 }, now, 60_000)).toBe(false);
    expect(isFresh({ startedAt: now + 60_000 }, now, 60_000)).toBe(true);
    expect(isFresh({ startedAt: now + 60_001 }, now, 60_000)).toBe(false);
    expect(isFresh({ startedAt: Number.NaN }, now, 60_000)).toBe(false);
  });
});
