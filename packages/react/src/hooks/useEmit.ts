import { useCallback } from 'react';
import { callListener } from './webFormKitEvent.ts';
import type { WebFormKitEvent, WebFormKitEventInput } from './webFormKitEvent.ts';
import type { WebFormKitConfig } from './webFormKitContext.ts';
import { useLatest } from './useLatest.ts';

/**
 * A stable function that stamps an event with `Date.now()` and passes it to the provider's
 * `onEvent` and then to the hook's own.
 */
export function useEmit(
  kit: WebFormKitConfig,
  onEvent: ((event: WebFormKitEvent) => void) | undefined,
): (input: WebFormKitEventInput) => void {
  const local = useLatest(onEvent);
  const { dispatch } = kit;
  return useCallback(
    (input: WebFormKitEventInput) => {
      const event = { ...input, at: Date.now() } as WebFormKitEvent;
      dispatch(event);
      callListener(local.current, event);
    },
    [dispatch, local],
  );
}
