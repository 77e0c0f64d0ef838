import { useEffect, useRef, useState } from 'react';
import { useLatest } from '../hooks/useLatest.ts';

/**
 * Seconds left of a countdown that runs while `running`; calls `onDone` once at zero. A new
 * `seconds` value starts over.
 */
export function useCountdown(
  seconds: number | undefined,
  running: boolean,
  onDone: () => void,
): number | undefined {
  const [start, setStart] = useState(seconds);
  const [remaining, setRemaining] = useState(seconds);
  if (seconds !== start) {
    setStart(seconds);
    setRemaining(seconds);
  }
  const done = useLatest(onDone);
  const fired = useRef(false);

  useEffect(() => {
    if (!running || remaining === undefined) return;
    if (remaining <= 0) {
      // StrictMode runs effects twice; the user must be sent to the form once.
      if (!fired.current) {
        fired.current = true;
        done.current();
      }
      return;
    }
    const timer = setTimeout(() => setRemaining((left) => (left ?? 1) - 1), 1000);
    return () => clearTimeout(timer);
  }, [running, remaining, done]);

  return remaining;
}
