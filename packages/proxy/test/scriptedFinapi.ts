import type { WebForm, WebFormStatus } from '@webform-kit/core';
import type { FinapiClient, FinapiRequest } from '../src/finapi/createFinapiClient.ts';
import type { TokenSource } from '../src/snapshots/TokenSource.ts';

export const WEB_FORM_ID = '946db09e-5bfc-11eb-ae93-0242ac130002';
export const OTHER_ID = '00000000-0000-4000-8000-000000000000';

/** A finAPI web form with `status`. */
export function webFormIn(status: WebFormStatus, id = WEB_FORM_ID): WebForm {
  return {
    id,
    url: `https://webform.example.test/wf/${id}`,
    createdAt: '2026-01-01T00:00:00.000+0000',
    expiresAt: '2026-01-01T00:20:00.000+0000',
    type: 'BANK_CONNECTION_IMPORT',
    status,
    payload: status === 'COMPLETED' ? { bankConnectionId: 7 } : {},
  };
}

export const TOKEN_SOURCE: TokenSource = { sessionId: 'session-a', token: async () => 'token' };

/**
 * A `FinapiClient` that answers reads with whatever `answer` says now, recording every path,
 * and holds answers back while `hold()` is in force, for the units under the routes.
 */
export function createScriptedFinapi(initial: WebForm = webFormIn('NOT_YET_OPENED')) {
  let answer: WebForm | Error = initial;
  let held: Promise<void> | undefined;
  let release = () => {};
  const paths: string[] = [];
  const client: FinapiClient = {
    async request<T>({ path }: FinapiRequest<T>): Promise<T> {
      paths.push(path);
      await held;
      if (answer instanceof Error) throw answer;
      return answer as T;
    },
  };
  return {
    client,
    paths,
    /** What finAPI answers from now on. */
    answer(next: WebForm | Error) {
      answer = next;
    },
    /** Holds answers until the returned function is called. */
    hold() {
      held = new Promise((resolve) => (release = resolve));
      return () => {
        held = undefined;
        release();
      };
    },
  };
}
