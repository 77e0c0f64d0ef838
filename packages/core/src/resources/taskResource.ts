import { isFinalTask } from '../finalStatus.ts';
import { mergeTask } from '../mergeSnapshot.ts';
import { taskOutcomeOf, type TaskOutcome } from '../outcome.ts';
import { TaskSchema, type Task } from '../schemas/task.ts';
import type { ResourceDescriptor } from './ResourceDescriptor.ts';

/**
 * finAPI's background update task, as the kit follows it. A task in `WEB_FORM_REQUIRED` is final
 * once its web form is (core's `isFinalTask`); it has no expiry of its own.
 *
 * @example
 * taskResource.outcome(task).kind // 'web-form-required' while the user must act
 */
export const taskResource: ResourceDescriptor<Task, TaskOutcome> = {
  name: 'task',
  what: 'task',
  schema: TaskSchema,
  isFinal: isFinalTask,
  merge: mergeTask,
  expiresAt: () => undefined,
  outcome: taskOutcomeOf,
};
