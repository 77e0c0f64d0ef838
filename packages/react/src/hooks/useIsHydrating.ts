import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * `true` while rendering on the server or hydrating server HTML, `false` in a client render.
 * Lets a hook read browser storage in its first client render (no flash of a wrong screen) while
 * keeping the hydration render equal to the server's.
 */
export function useIsHydrating(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => false,
    () => true,
  );
}
