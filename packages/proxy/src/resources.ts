import { TaskSchema, WebFormSchema, isFinalTask, isFinalWebFormStatus } from '@webform-kit/core';
import type { Task, WebForm } from '@webform-kit/core';
import type * as z from 'zod/mini';
import type { Snapshot } from './EventBus.ts';

export type ResourceType = 'webform' | 'task';

/** What differs between web forms and tasks, so routes, polling and streams share one code path. */
export interface Resource<T extends Snapshot = Snapshot> {
  readonly type: ResourceType;
  /** For messages: `web form`, `task`. */
  readonly what: string;
  readonly schema: z.ZodMiniType<T>;
  finapiPath(id: string): string;
  isFinal(snapshot: T): boolean;
  topic(id: string): string;
}

export const WEB_FORM: Resource<WebForm> = {
  type: 'webform',
  what: 'web form',
  schema: WebFormSchema,
  finapiPath: (id) => `/api/webForms/${encodeURIComponent(id)}`,
  isFinal: (webForm) => isFinalWebFormStatus(webForm.status),
  topic: (id) => `webform:${id}`,
};

export const TASK: Resource<Task> = {
  type: 'task',
  what: 'task',
  schema: TaskSchema,
  finapiPath: (id) => `/api/tasks/${encodeURIComponent(id)}`,
  isFinal: (task) => isFinalTask(task),
  topic: (id) => `task:${id}`,
};
