import * as z from 'zod/mini';
import { ResourceIdSchema } from './resourceId.ts';
import { WebFormInfoSchema } from './task.ts';
import { TaskStatusSchema } from './taskStatus.ts';
import { WebFormStatusSchema } from './webFormStatus.ts';

/**
 * The body finAPI POSTs to `callbacks.finalised` when a web form ends (finAPI's
 * `WebFormCompletedCallback`).
 */
export const WebFormCallbackSchema = z.object({
  webFormId: ResourceIdSchema,
  status: WebFormStatusSchema,
});
export type WebFormCallback = z.infer<typeof WebFormCallbackSchema>;

/**
 * The body finAPI POSTs to a task's `callbacks.finalised` and `callbacks.webFormRequired`
 * (finAPI's `TaskCallback`).
 */
export const TaskCallbackSchema = z.object({
  taskId: ResourceIdSchema,
  status: TaskStatusSchema,
  webForm: z.nullish(WebFormInfoSchema),
});
export type TaskCallback = z.infer<typeof TaskCallbackSchema>;
