import type { Task, WebForm } from '@webform-kit/core';

export const WEB_FORM_ID = '946db09e-5bfc-11eb-ae93-0242ac130002';
export const OTHER_WEB_FORM_ID = 'a1b2c3d4-0000-4000-8000-000000000001';
export const TASK_ID = '31c508d8-51da-11eb-ae93-0242ac130002';
export const TASK_WEB_FORM_ID = 'b7e9d2c1-5bfc-11eb-ae93-0242ac130009';

/** The clock every test starts at (fake timers). */
export const T0 = Date.UTC(2026, 10, 26, 10, 0, 0);

function finapiTime(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '+0000');
}

/** A web form as the proxy answers it; `expiresInMs` from T0 (20 min by default). */
export function webForm(overrides: Partial<WebForm> & { expiresInMs?: number } = {}): WebForm {
  const { expiresInMs = 20 * 60_000, ...rest } = overrides;
  const id = rest.id ?? WEB_FORM_ID;
  return {
    id,
    url: `https://webform.example/wf/${id}`,
    createdAt: finapiTime(T0),
    expiresAt: finapiTime(T0 + expiresInMs),
    type: 'STANDALONE_PAYMENT',
    status: 'NOT_YET_OPENED',
    payload: {},
    ...rest,
  };
}

/** A background update task as the proxy answers it. */
export function task(overrides: Partial<Task> = {}): Task {
  return {
    id: TASK_ID,
    createdAt: finapiTime(T0),
    type: 'BANK_CONNECTION_UPDATE',
    status: 'NOT_YET_STARTED',
    payload: { bankConnectionId: 7 },
    ...overrides,
  };
}

/** A task that needs the user at its web form. */
export function taskNeedingWebForm(webFormStatus: WebForm['status'] = 'NOT_YET_OPENED'): Task {
  return task({
    status: 'WEB_FORM_REQUIRED',
    payload: {
      bankConnectionId: 7,
      webForm: {
        id: TASK_WEB_FORM_ID,
        url: `https://webform.example/wf/${TASK_WEB_FORM_ID}`,
        status: webFormStatus,
      },
    },
  });
}
