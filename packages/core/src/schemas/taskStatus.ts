import * as z from 'zod/mini';
import { TASK_STATUSES, TASK_TYPES } from '../taskStatuses.ts';

export {
  TASK_STATUSES,
  type TaskStatus,
  type FinalTaskStatus,
  type TaskType,
} from '../taskStatuses.ts';

export const TaskStatusSchema = z.enum(TASK_STATUSES);

export const TaskTypeSchema = z.enum(TASK_TYPES);
