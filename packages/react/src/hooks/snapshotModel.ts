import {
  ProxyError,
  TaskSchema,
  WebFormSchema,
  formatIssues,
  isFinalTask,
  isFinalWebFormStatus,
  mergeTask,
  mergeWebForm,
  parseFinapiTimestamp,
} from '@webform-kit/core';
import type { ProxyClient, Task, WebForm } from '@webform-kit/core';
import type { FlowResource } from './flowTypes.ts';

/** What the status hooks need to know about one kind of snapshot. */
export interface SnapshotModel<T> {
  resource: FlowResource;
  fetch(client: ProxyClient, id: string): Promise<T>;
  /** Validates a pushed snapshot; an invalid one is an `invalid-response` error. */
  parse(json: unknown): T;
  /** Core's merge: an older or out-of-order answer never moves a snapshot backwards. */
  merge(older: T | undefined, newer: T): T;
  isFinal(snapshot: T): boolean;
  /** When the snapshot's web form stops working, in ms; tasks carry no expiry. */
  expiresAt(snapshot: T): number | undefined;
}

function parseWith<T>(
  schema: {
    safeParse(
      value: unknown,
    ):
      | { success: true; data: T }
      | { success: false; error: { issues: Parameters<typeof formatIssues>[0] } };
  },
  what: string,
  json: unknown,
): T {
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const issues = formatIssues(result.error.issues);
  throw new ProxyError('invalid-response', `a pushed ${what} has an unexpected shape`, {
    issues,
    cause: result.error,
  });
}

export const webFormModel: SnapshotModel<WebForm> = {
  resource: 'web-form',
  fetch: (client, id) => client.getWebForm(id),
  parse: (json) => parseWith(WebFormSchema, 'web form', json),
  merge: mergeWebForm,
  isFinal: (webForm) => isFinalWebFormStatus(webForm.status),
  expiresAt: (webForm) => {
    const ms = parseFinapiTimestamp(webForm.expiresAt);
    return Number.isNaN(ms) ? undefined : ms;
  },
};

export const taskModel: SnapshotModel<Task> = {
  resource: 'task',
  fetch: (client, id) => client.getTask(id),
  parse: (json) => parseWith(TaskSchema, 'task', json),
  merge: mergeTask,
  isFinal: isFinalTask,
  expiresAt: () => undefined,
};

/**
 * The query key of a web form's or task's status. Exported so an app can read or invalidate it
 * (`queryClient.invalidateQueries({ queryKey: statusQueryKey('web-form', id) })`).
 *
 * @example
 * queryClient.getQueryData(statusQueryKey('web-form', webFormId)) // WebForm | undefined
 */
export function statusQueryKey(
  resource: FlowResource,
  id: string,
): readonly ['webform-kit', FlowResource, string] {
  return ['webform-kit', resource, id] as const;
}
