import * as z from 'zod/mini';
import { ErrorCodeSchema } from './errorCode.ts';
import { HttpUrlSchema } from './httpUrl.ts';
import { positiveUpTo } from './positiveUpTo.ts';
import { ResourceIdSchema } from './resourceId.ts';
import { TaskStatusSchema, TaskTypeSchema } from './taskStatus.ts';
import { TimestampSchema } from './timestamp.ts';
import { WebFormStatusSchema } from './webFormStatus.ts';

/** finAPI's `WebFormInfo`: the web form a task needs the user to complete. */
export const WebFormInfoSchema = z.object({
  id: ResourceIdSchema,
  url: HttpUrlSchema,
  status: WebFormStatusSchema,
});
export type WebFormInfo = z.infer<typeof WebFormInfoSchema>;

/** finAPI's `TaskPayload`. */
export const TaskPayloadSchema = z.object({
  bankConnectionId: z.number().check(positiveUpTo(Number.MAX_SAFE_INTEGER, true)),
  webForm: z.nullish(WebFormInfoSchema),
  errorCode: z.nullish(ErrorCodeSchema),
});
export type TaskPayload = z.infer<typeof TaskPayloadSchema>;

/** finAPI's `Task`, as `POST /api/tasks/backgroundUpdate` and `GET /api/tasks/{id}` answer it. */
export const TaskSchema = z.object({
  id: ResourceIdSchema,
  createdAt: TimestampSchema,
  type: TaskTypeSchema,
  status: TaskStatusSchema,
  payload: TaskPayloadSchema,
});
export type Task = z.infer<typeof TaskSchema>;
