import { QueryClient, QueryClientProvider, notifyManager } from '@tanstack/react-query';
import { act } from '@testing-library/react';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { WebFormKitProvider } from '../../../src/hooks/index.ts';
import type { WebFormKitEvent, WebFormKitProviderProps } from '../../../src/hooks/index.ts';
import { T0 } from './fixtures.ts';

/** Fake timers (and Date) from T0; microtasks stay real so fetch and msw can resolve. */
export function useFakeClock(): void {
  // TanStack Query hands results to React on a setTimeout(0); under fake timers one scheduled
  // while timers run lands a millisecond late. Microtasks keep the clock exact.
  notifyManager.setScheduler(queueMicrotask);
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    now: T0,
  });
}

/**
 * Lets `ms` of fake time pass, running timers, promises and React updates on the way, and then
 * settles what the last timers started (a request fired at the very end gets its answer).
 */
export async function advance(ms: number): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
    // msw and fetch also wait on real I/O turns, which fake timers do not run.
    for (let i = 0; i < 5; i += 1) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      await vi.advanceTimersByTimeAsync(0);
    }
  });
}

/** Settles pending answers without moving the clock. */
export async function flush(): Promise<void> {
  await advance(0);
}

export interface KitHarness {
  queryClient: QueryClient;
  events: WebFormKitEvent[];
  wrapper: (props: { children: ReactNode }) => ReactNode;
}

/**
 * A wrapper with the app's own QueryClient (as most apps have one) and the kit's provider, and
 * the events it reported.
 */
export function createKit(
  options: Omit<WebFormKitProviderProps, 'children' | 'client' | 'baseUrl'> = {},
): KitHarness {
  const queryClient = new QueryClient();
  const events: WebFormKitEvent[] = [];
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <WebFormKitProvider baseUrl="/api" onEvent={(event) => events.push(event)} {...options}>
        {children}
      </WebFormKitProvider>
    </QueryClientProvider>
  );
  return { queryClient, events, wrapper };
}

/** Makes the tab hidden or visible, as the browser does, firing visibilitychange. */
export function setVisibility(state: 'hidden' | 'visible'): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
}
