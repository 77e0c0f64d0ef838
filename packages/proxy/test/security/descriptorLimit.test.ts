import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_EVENT_STREAMS } from '../../src/index.ts';
import { descriptorLimit, maxEventStreamsFor } from '../../src/launch/descriptorLimit.ts';

describe("the Node entry's default stream cap", () => {
  it('leaves a quarter of the descriptors and 64 more to the rest of the process', () => {
    expect(maxEventStreamsFor(400)).toBe(236);
    expect(maxEventStreamsFor(1024)).toBe(704);
    expect(maxEventStreamsFor(90)).toBe(3);
    expect(maxEventStreamsFor(50)).toBe(1);
  });

  it('is never more than the fixed default, which also stands in when the limit is unknown', () => {
    expect(maxEventStreamsFor(1_048_576)).toBe(DEFAULT_MAX_EVENT_STREAMS);
    expect(maxEventStreamsFor(Infinity)).toBe(DEFAULT_MAX_EVENT_STREAMS);
    expect(maxEventStreamsFor(undefined)).toBe(DEFAULT_MAX_EVENT_STREAMS);
  });

  it("reads this process's limit", () => {
    const limit = descriptorLimit();
    expect(limit === undefined || limit >= 1).toBe(true);
  });
});
