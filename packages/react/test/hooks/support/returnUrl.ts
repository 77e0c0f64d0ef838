import { T0 } from './fixtures.ts';
import { STORAGE_KEY } from './flow.ts';

export const STATE = 'c3RhdGUtbm9uY2UtZm9yLXRlc3Rz';
export const RETURN_PATH = '/checkout/return';

export interface StoredFlowFields {
  id: string;
  resource?: 'web-form' | 'task';
  kind?: string;
  state?: string;
  startedAt?: number;
  openIn?: 'same-tab' | 'new-tab';
  opened?: boolean;
  finishedAt?: number;
}

function recordOf(fields: StoredFlowFields) {
  return {
    v: 1,
    resource: 'web-form',
    kind: fields.resource === 'task' ? 'background-update' : 'standalone-payment',
    state: STATE,
    startedAt: T0 - 60_000,
    openIn: 'same-tab',
    opened: true,
    ...fields,
  };
}

/** A flow as `useWebFormFlow` leaves it in this tab's sessionStorage. */
export function storeFlowInThisTab(fields: StoredFlowFields): void {
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(recordOf(fields)));
}

/** A flow as `useWebFormFlow` leaves it for other tabs, in localStorage by state. */
export function storeFlowForOtherTabs(fields: StoredFlowFields, maxAgeMs = 30 * 60_000): void {
  const record = recordOf(fields);
  localStorage.setItem(
    `webform-kit:return:${record.state}`,
    JSON.stringify({ ...record, expiresAt: record.startedAt + maxAgeMs }),
  );
}

/** Puts a return URL in the address bar, as the web form's redirect does. */
export function arriveAt(query: string, path = RETURN_PATH): string {
  window.history.replaceState(null, '', `${path}${query}`);
  return window.location.href;
}
