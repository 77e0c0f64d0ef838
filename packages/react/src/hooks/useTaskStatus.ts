import type { Task, TaskOutcome, TaskStatus, WebFormInfo } from '@webform-kit/core';
import { taskSource } from '@webform-kit/core/flow';
import type { StatusOptions, StatusState } from '@webform-kit/core/flow';
import { useStatusObserver } from './useStatusObserver.ts';

export interface TaskStatusResult extends Omit<StatusState, 'isExpired'> {
  /** The latest snapshot from the proxy (polled or pushed), merged so it never moves back. */
  task: Task | undefined;
  status: TaskStatus | undefined;
  /**
   * core's `taskOutcomeOf(task)`: `web-form-required` while the user must complete `webForm`,
   * then that web form's final status decides (`completed`, `completed-with-error`, `expired`,
   * `aborted`).
   */
  outcome: TaskOutcome | undefined;
  /** The web form the task asked for (`WEB_FORM_REQUIRED`), with its latest status. */
  webForm: WebFormInfo | null;
}

/**
 * Follows a background update task like {@link useWebFormStatus} follows a web form. A task that
 * turns `WEB_FORM_REQUIRED` exposes its `webForm` so the flow can send the user there, and is
 * then followed until that web form ends: finAPI reports the web form's status inside the task
 * (core's `isFinalTask`), so the one task stream covers both.
 *
 * @example
 * const { outcome } = useTaskStatus(taskId);
 * if (outcome?.kind === 'web-form-required') window.location.assign(outcome.webForm.url);
 */
export function useTaskStatus(
  id: string | null | undefined,
  options?: StatusOptions,
): TaskStatusResult {
  // A task has no expiresAt of its own; its web form ends as EXPIRED through finAPI.
  const {
    snapshot,
    isExpired: _isExpired,
    expiresAt: _expiresAt,
    webFormStatus: _webFormStatus,
    ...state
  } = useStatusObserver('useTaskStatus', taskSource, id, options);
  return {
    ...state,
    task: snapshot,
    status: snapshot?.status,
    webForm: snapshot?.payload.webForm ?? null,
  };
}
