/** Every status of a finAPI background task (`TaskStatus`). */
export const TASK_STATUSES = [
  'NOT_YET_STARTED',
  'IN_PROGRESS',
  'WEB_FORM_REQUIRED',
  'COMPLETED',
  'COMPLETED_WITH_ERROR',
] as const;

export type TaskStatus = (typeof TASK_STATUSES)[number];
export type FinalTaskStatus = 'COMPLETED' | 'COMPLETED_WITH_ERROR';

/** finAPI's `TaskType`; today only bank connection updates run as tasks. */
export const TASK_TYPES = ['BANK_CONNECTION_UPDATE'] as const;
export type TaskType = (typeof TASK_TYPES)[number];
