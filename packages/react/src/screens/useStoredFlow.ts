import { flowStorageKey, isFresh, maxAgeOf, type FlowKeyOptions } from '@webform-kit/core/flow';
import { useContext, useState } from 'react';
import { useIsomorphicLayoutEffect } from '../hooks/useLatest.ts';
import { WebFormKitContext } from '../hooks/webFormKitContext.ts';

/**
 * Whether this tab stored a flow under these options recently enough to resume it (a reload
 * while the customer is at the bank, the way back from it): then the flow goes on rather than
 * starts, so until the engine's chunk is there the checking screen shows, not a redirect screen
 * whose button would vanish a moment later. Only a hint: the engine reads and checks the record
 * itself. Looked for after hydration (a server has no storage, so both render the redirect
 * screen first) and before the browser paints, without loading zod; not at all when the chunk is
 * already there (`loading` false at mount).
 */
export function useStoredFlow(options: FlowKeyOptions, loading: boolean): boolean {
  const maxAgeMs = useContext(WebFormKitContext)?.maxAgeMs;
  const [stored, setStored] = useState(false);
  useIsomorphicLayoutEffect(() => {
    // With the chunk already there (an earlier mount loaded it) the engine shows the flow at once.
    if (!loading) return;
    try {
      const record = JSON.parse(sessionStorage.getItem(flowStorageKey(options)) ?? 'null') as {
        kind?: unknown;
        startedAt: number;
      } | null;
      setStored(record?.kind === options.kind && isFresh(record, Date.now(), maxAgeOf(maxAgeMs)));
    } catch {
      // No storage, unreadable JSON or an input the engine will refuse: nothing to resume.
    }
    // Once, at mount: by the time the options change the engine's chunk is there.
  }, []);
  return stored;
}
