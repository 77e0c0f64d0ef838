/**
 * How many requests one minute of waiting costs: a web form that stays pending for 60 s of fake
 * time, watched with and without push. Printed, not asserted; run with
 *   npx vitest run --config packages/react/bench/vitest.config.ts
 */
import { act, cleanup, render } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { useWebFormStatus } from '../src/hooks/index.ts';
import { FakeEventSource } from '../test/hooks/support/FakeEventSource.ts';
import { FakeProxy } from '../test/hooks/support/fakeProxy.ts';
import { WEB_FORM_ID, webForm } from '../test/hooks/support/fixtures.ts';
import {
  advance,
  createKit,
  flush,
  setVisibility,
  useFakeClock,
} from '../test/hooks/support/kit.tsx';

const proxy = new FakeProxy();
const GET = `GET /api/webforms/${WEB_FORM_ID}`;
const MINUTE = 60_000;
const rows: { scenario: string; 'status GETs': number; 'event streams': number }[] = [];

beforeAll(() => proxy.server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => {
  proxy.server.close();
  console.log('\nRequests for one minute of waiting (web form pending throughout):');
  console.table(rows);
});
beforeEach(() => useFakeClock());
afterEach(() => {
  cleanup();
  proxy.reset();
  FakeEventSource.reset();
  vi.unstubAllGlobals();
  vi.useRealTimers();
  setVisibility('visible');
});

function Watchers({ count }: { count: number }) {
  return (
    <>
      {Array.from({ length: count }, (_, i) => (
        <Watcher key={i} />
      ))}
    </>
  );
}

function Watcher() {
  const { status } = useWebFormStatus(WEB_FORM_ID);
  return <p>{status}</p>;
}

async function measure(
  scenario: string,
  options: { push: boolean; watchers?: number; during?: (elapsed: number) => void },
) {
  // Each scenario starts from a fresh page: visible tab, no streams, no requests so far.
  cleanup();
  proxy.reset();
  FakeEventSource.reset();
  vi.unstubAllGlobals();
  setVisibility('visible');
  proxy.answer(GET, webForm({ status: 'IN_PROGRESS' }));
  if (options.push) vi.stubGlobal('EventSource', FakeEventSource);
  const { wrapper } = createKit();
  render(<Watchers count={options.watchers ?? 1} />, { wrapper });
  await flush();
  const source = FakeEventSource.instances[0];
  if (source !== undefined) {
    // The proxy's first event is the current state, at once.
    act(() => {
      source.open();
      source.send(webForm({ status: 'IN_PROGRESS' }));
    });
  }
  for (let elapsed = 1_000; elapsed <= MINUTE; elapsed += 1_000) {
    await advance(1_000);
    options.during?.(elapsed);
  }
  const row = {
    scenario,
    'status GETs': proxy.count(GET),
    'event streams': FakeEventSource.instances.length,
  };
  rows.push(row);
  return row;
}

it('measures one minute of waiting', async () => {
  const polling = await measure('polling (no EventSource)', { push: false });
  await measure('polling, five components', { push: false, watchers: 5 });
  await measure('polling, tab hidden after 30 s', {
    push: false,
    during: (elapsed) => {
      if (elapsed === 30_000) setVisibility('hidden');
    },
  });
  const push = await measure('push (stream live)', { push: true });
  await measure('push, five components', { push: true, watchers: 5 });
  await measure('push, stream drops after 30 s', {
    push: true,
    during: (elapsed) => {
      if (elapsed === 30_000) act(() => FakeEventSource.instances[0]?.fail());
    },
  });
  // Figures are printed above; this only checks the measurement ran.
  expect(polling['status GETs']).toBeGreaterThan(push['status GETs']);
});
