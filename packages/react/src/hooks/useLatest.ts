import { useEffect, useLayoutEffect, useRef } from 'react';

// useLayoutEffect keeps the ref current before any effect of the same commit reads it (and lets
// useStoredFlow swap a screen before paint); on the server (no window) it would warn in React 18,
// and nothing reads refs or storage there anyway.
export const useIsomorphicLayoutEffect =
  typeof window === 'undefined' ? useEffect : useLayoutEffect;

/** A ref that always holds the latest `value`, for callbacks that must stay stable. */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  useIsomorphicLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
