import { taskResource, webFormResource, type Task, type WebForm } from '@webform-kit/core';
import type { ProxyResource } from './ProxyResource.ts';

/** finAPI's web form, as the proxy reads, publishes and routes it. */
export const WEB_FORM: ProxyResource<WebForm> = {
  ...webFormResource,
  finapiPath: (id) => `/api/webForms/${encodeURIComponent(id)}`,
  topic: (id) => `webform:${id}`,
  segment: 'webforms',
};

/** finAPI's background update task, as the proxy reads, publishes and routes it. */
export const TASK: ProxyResource<Task> = {
  ...taskResource,
  finapiPath: (id) => `/api/tasks/${encodeURIComponent(id)}`,
  topic: (id) => `task:${id}`,
  segment: 'tasks',
};
