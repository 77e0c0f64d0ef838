import { flowStorageKey, type FlowKeyOptions } from '@webform-kit/core/flow';
import { useContext, useEffect, useLayoutEffect, useState } from 'react';
import { WebFormKitContext } from '../hooks/webFormKitContext.ts';

// Before the browser paints, where there is one; a server renders no effects (and React 18
// warns about a layout effect there).
const useBeforePaint = typeof document === 'undefined' ? useEffect : useLayoutEffect;

// The engine's default resume window (FlowRecord's DEFAULT_MAX_AGE_MS, whose module loads zod).
const DEFAULT_MAX_AGE_MS = 30 * 60_000;

/**
 * Whether this tab stored a flow under these options recently enough to resume it (a reload
 * while the customer is at the bank, the way back from it): then the flow goes on rather than
 * starts, so until the engine's chunk is there the checking screen shows, not a redirect screen
 * whose button would vanish a moment later. Only a hint: the engine reads and checks the record
 * itself. Read after hydration (a server has no storage, so both render the redirect screen
 * first), without loading zod.
 */
export function useStoredFlow(options: FlowKeyOptions): boolean {
  const maxAgeMs = useContext(WebFormKitContext)?.maxAgeMs;
  const [stored, setStored] = useState(false);
  useBeforePaint(() => {
    try {
      const record = JSON.parse(sessionStorage.getItem(flowStorageKey(options)) ?? 'null') as {
        kind?: unknown;
        startedAt?: unknown;
      } | null;
      const age = Date.now() - Number(record?.startedAt);
      setStored(
        record?.kind === options.kind &&
          age >= -60_000 &&
          age <= (maxAgeMs !== undefined && maxAgeMs > 0 ? maxAgeMs : DEFAULT_MAX_AGE_MS),
      );
    } catch {
      // No storage, unreadable JSON or an input the engine will refuse: nothing to resume.
    }
    // Once, at mount: by the time the options change the engine's chunk is there.
  }, []);
  return stored;
}
