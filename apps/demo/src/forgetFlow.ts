import { DEFAULT_STORAGE_KEY } from '@webform-kit/react';

/**
 * Forgets the tab's finished round trip once the customer moves on from its outcome (Continue,
 * Start again). The kit keeps a flow in sessionStorage for half an hour so that a reload shows
 * it again; without this, choosing the same flow again within that time would show the old
 * outcome (a second payment would open on "Payment submitted") instead of starting a new one.
 * A replay of the old return URL is still refused: the kit's cross-tab record remembers it ended.
 */
export function forgetFlow(): void {
  try {
    window.sessionStorage.removeItem(DEFAULT_STORAGE_KEY);
  } catch {
    // Storage unavailable: nothing was stored either.
  }
}
