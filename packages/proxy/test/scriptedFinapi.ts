import type { WebForm, WebFormStatus } from '@webform-kit/core';
import { afterEach, beforeEach, vi } from 'vitest';
import type { FinapiClient, FinapiRequest } from '../src/finapi/createFinapiClient.ts';
import type { TokenSource } from '../src/snapshots/TokenSource.ts';

export const WEB_FORM_ID = '946db09e-5bfc-11eb-ae93-0242ac130002';
export const OTHER_ID = '00000000-0000-4000-8000-000000000000';

const CREATED = {
  createdAt: '2026-01-01T00:00:00.000+0000',
  expiresAt: '2026-01-01T00:20:00.000+0000',
  type: 'BANK_CONNECTION_IMPORT',
} as const;

/** A finAPI web form with `status` (a bank connection import, completed with connection 7). */
export function webFormIn(status: WebFormStatus, id = WEB_FORM_ID): WebForm {
  const payload = status === 'COMPLETED' ? { bankConnectionId: 7 } : {};
  return { ...CREATED, id, url: `https://webform.example.test/wf/${id}`, status, payload };
}

/** Fake timers and clock for each test of the file (the gate's spacing and the poller's timers). */
export function useFakeClock(): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });
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
    async request<T>({ path, schema }: FinapiRequest<T>): Promise<T> {
      paths.push(path);
      await held;
      if (answer instanceof Error) throw answer;
      // As the real client answers: what the schema parsed (its output has the schema's key order).
      return schema === null ? (undefined as T) : schema.parse(answer);
    },
  };
  return {
    client,
    /** A token source for reads, as a browser's session would give one. */
    source: TOKEN_SOURCE,
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
