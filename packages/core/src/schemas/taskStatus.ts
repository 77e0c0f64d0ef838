import * as z from 'zod/mini';

/** Every status of a finAPI background task (`TaskStatus`). */
export const TASK_STATUSES = [
  'NOT_YET_STARTED',
  'IN_PROGRESS',
  'WEB_FORM_REQUIRED',
  'COMPLETED',
  'COMPLETED_WITH_ERROR',
] as const;

export const TaskStatusSchema = z.enum(TASK_STATUSES);
export type TaskStatus = z.infer<typeof TaskStatusSchema>;
export type FinalTaskStatus = 'COMPLETED' | 'COMPLETED_WITH_ERROR';

/** finAPI's `TaskType`; today only bank connection updates run as tasks. */
export const TaskTypeSchema = z.enum(['BANK_CONNECTION_UPDATE']);
export type TaskType = z.infer<typeof TaskTypeSchema>;
