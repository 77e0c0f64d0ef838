import { useEffect, useState } from 'react';

/**
 * How long a message waits before it enters the live region. Screen readers only announce
 * changes to a region they already know; the pause lets a freshly mounted (empty) region register
 * first, which VoiceOver in particular needs.
 */
export const ANNOUNCE_DELAY_MS = 150;

/** The text for a polite live region: `message`, shortly after it changes. */
export function useAnnouncement(message: string | undefined): string {
  const [spoken, setSpoken] = useState('');
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setSpoken(message), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [message]);
  return spoken;
}
