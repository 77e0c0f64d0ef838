import { isFinalTask, isFinalWebFormStatus } from './finalStatus.ts';
import type { Task } from './schemas/task.ts';
import type { WebForm } from './schemas/webForm.ts';
import type { WebFormStatus } from './webFormStatuses.ts';

function webFormRank(status: WebFormStatus): number {
  if (status === 'NOT_YET_OPENED') return 0;
  if (status === 'IN_PROGRESS') return 1;
  return 2;
}

function taskRank(task: Pick<Task, 'status' | 'payload'>): number {
  if (isFinalTask(task)) return 10;
  switch (task.status) {
    case 'NOT_YET_STARTED':
      return 0;
    case 'IN_PROGRESS':
      return 1;
    default:
      // WEB_FORM_REQUIRED: ranks rise as its web form moves on (2: not opened, 3: in progress).
      return 2 + webFormRank(task.payload.webForm?.status ?? 'NOT_YET_OPENED');
  }
}

/**
 * Combines an older and a newer snapshot of the same web form. Answers can arrive out of order
 * (a slow poll overtaking a push), so a snapshot that is behind the one already known is ignored:
 * a final status never goes back to a pending one, and the first final status wins.
 *
 * @example
 * mergeWebForm(cached, incoming) // `cached` if `incoming` would move it backwards
 */
export function mergeWebForm<T extends Pick<WebForm, 'id' | 'status'>>(
  older: T | undefined,
  newer: T,
): T {
  if (older === undefined || older.id !== newer.id) return newer;
  if (isFinalWebFormStatus(older.status)) return older;
  return webFormRank(newer.status) < webFormRank(older.status) ? older : newer;
}

/** {@link mergeWebForm} for tasks, which also follows the status of a task's web form. */
export function mergeTask<T extends Pick<Task, 'id' | 'status' | 'payload'>>(
  older: T | undefined,
  newer: T,
): T {
  if (older === undefined || older.id !== newer.id) return newer;
  if (isFinalTask(older)) return older;
  return taskRank(newer) < taskRank(older) ? older : newer;
}
