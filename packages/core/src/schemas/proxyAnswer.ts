import * as z from 'zod/mini';
import { FlowSummarySchema } from './flowSummary.ts';
import { oneOf } from './oneOf.ts';
import type { FlowSummary } from './flowSummary.ts';
import { TaskSchema } from './task.ts';
import type { Task } from './task.ts';
import { WebFormSchema } from './webForm.ts';
import type { WebForm } from './webForm.ts';

/**
 * A web form as the proxy answers it (`POST`/`GET /webforms/...` and each event of its stream):
 * finAPI's `WebForm` and, when the app's `prepare` gave one, the `summary` of what the flow is
 * for, validated like the rest (an invalid summary fails the whole answer). finAPI's own schema
 * stays without it: a `summary` only ever comes from the app's backend. An event stream's message
 * may carry `provisional: true`: finAPI's callback announced the status, and the proxy's read of
 * finAPI that confirms it (with payment ids and error codes) follows; answers never carry it.
 *
 * @example
 * const { summary } = WebFormAnswerSchema.parse(await response.json());
 */
export const WebFormAnswerSchema: z.ZodMiniType<WebFormAnswer> = z.object({
  ...WebFormSchema.shape,
  summary: z.optional(FlowSummarySchema),
  provisional: z.optional(oneOf(true)),
});
export type WebFormAnswer = WebForm & {
  summary?: FlowSummary | undefined;
  /** A pushed status from finAPI's callback, before the proxy's read confirms it. */
  provisional?: true | undefined;
};

/**
 * A task as the proxy answers it: finAPI's `Task` and the app's optional `summary` (and, on an
 * event stream, `provisional` as for web forms).
 */
export const TaskAnswerSchema: z.ZodMiniType<TaskAnswer> = z.object({
  ...TaskSchema.shape,
  summary: z.optional(FlowSummarySchema),
  provisional: z.optional(oneOf(true)),
});
export type TaskAnswer = Task & {
  summary?: FlowSummary | undefined;
  /** A pushed status from finAPI's callback, before the proxy's read confirms it. */
  provisional?: true | undefined;
};
