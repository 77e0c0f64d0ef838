import type { FinalTaskStatus, TaskStatus } from './taskStatuses.ts';
import type { Task } from './schemas/task.ts';
import type { FinalWebFormStatus, WebFormStatus } from './webFormStatuses.ts';

/**
 * Whether a web form status is final: `COMPLETED`, `COMPLETED_WITH_ERROR`, `EXPIRED` or
 * `ABORTED`. A web form never leaves a final status.
 *
 * @example
 * isFinalWebFormStatus('IN_PROGRESS') // false
 */
export function isFinalWebFormStatus(status: WebFormStatus): status is FinalWebFormStatus {
  return status !== 'NOT_YET_OPENED' && status !== 'IN_PROGRESS';
}

/**
 * Whether a task status is final: `COMPLETED` or `COMPLETED_WITH_ERROR`. A task in
 * `WEB_FORM_REQUIRED` is over once its web form is; use {@link isFinalTask} for that.
 */
export function isFinalTaskStatus(status: TaskStatus): status is FinalTaskStatus {
  return status === 'COMPLETED' || status === 'COMPLETED_WITH_ERROR';
}

/**
 * Whether a task will not change any more: its own status is final, or it waits for a web form
 * that has reached a final status (finAPI's `finalised` callback then reports
 * `WEB_FORM_REQUIRED` with the web form's final status). A `WEB_FORM_REQUIRED` task without a web
 * form counts as final too, agreeing with `taskOutcomeOf`, which reports it as an error:
 * otherwise its error screen could later turn back into a pending one.
 */
export function isFinalTask(task: Pick<Task, 'status' | 'payload'>): boolean {
  if (isFinalTaskStatus(task.status)) return true;
  if (task.status !== 'WEB_FORM_REQUIRED') return false;
  const webForm = task.payload.webForm;
  return webForm == null || isFinalWebFormStatus(webForm.status);
}
