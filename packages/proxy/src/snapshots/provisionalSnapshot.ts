import { TaskCallbackSchema, WebFormCallbackSchema } from '@webform-kit/core';
import type { Task, TaskCallback, WebForm, WebFormCallback } from '@webform-kit/core';
import type { ProvisionalStatus, Snapshot } from '../EventBus.ts';
import type { ProxyResource } from '../resources/ProxyResource.ts';

/**
 * The callback as the proxy publishes it, at once, before its finAPI read confirms it: finAPI's
 * body (`{webFormId, status}` or `{taskId, status, webForm?}`), marked `provisional: true`.
 */
export function provisionalStatusOf(callback: WebFormCallback | TaskCallback): ProvisionalStatus {
  return { ...callback, provisional: true };
}

/**
 * A provisional message off the event bus, checked with core's callback schema like the callback
 * it came from: the callback's body if it names `id`, otherwise `undefined`.
 */
export function parseProvisionalStatus(
  resource: ProxyResource,
  id: string,
  raw: unknown,
): WebFormCallback | TaskCallback | undefined {
  if (resource.name === 'web-form') {
    const parsed = WebFormCallbackSchema.safeParse(raw);
    return parsed.success && parsed.data.webFormId === id ? parsed.data : undefined;
  }
  const parsed = TaskCallbackSchema.safeParse(raw);
  return parsed.success && parsed.data.taskId === id ? parsed.data : undefined;
}

/** Whether a bus message is a provisional status rather than a snapshot. */
export function isProvisionalMessage(raw: unknown): boolean {
  return (
    typeof raw === 'object' && raw !== null && 'provisional' in raw && raw.provisional === true
  );
}

/**
 * What a stream shows for a callback before the proxy's read confirms it: the snapshot known
 * (`base`) with the callback's status (and a task's web form, when the callback names it). Its
 * payload is the earlier snapshot's, so payment and bank connection ids and error codes are not
 * in it yet: they come with the read. `undefined` when the callback tells nothing new (`base` is
 * final, or already as far as the callback).
 */
export function provisionalSnapshot(
  resource: ProxyResource,
  base: Snapshot,
  callback: WebFormCallback | TaskCallback,
): Snapshot | undefined {
  if (resource.isFinal(base)) return undefined;
  let snapshot: Snapshot;
  if ('webFormId' in callback) {
    snapshot = { ...(base as WebForm), status: callback.status };
  } else {
    const task = base as Task;
    const webForm = callback.webForm ?? task.payload.webForm;
    // Without its web form the screens could only call a WEB_FORM_REQUIRED task failed.
    if (callback.status === 'WEB_FORM_REQUIRED' && webForm == null) return undefined;
    snapshot = {
      ...task,
      status: callback.status,
      payload: { ...task.payload, ...(webForm == null ? {} : { webForm }) },
    };
  }
  // Only ahead of what is known: core's merge keeps `base` when the callback is behind it.
  if (sameStage(base, snapshot)) return undefined;
  return resource.merge(base, snapshot) === snapshot ? snapshot : undefined;
}

function sameStage(base: Snapshot, snapshot: Snapshot): boolean {
  const before = 'webForm' in base.payload ? base.payload.webForm?.status : undefined;
  const after = 'webForm' in snapshot.payload ? snapshot.payload.webForm?.status : undefined;
  return base.status === snapshot.status && before === after;
}
