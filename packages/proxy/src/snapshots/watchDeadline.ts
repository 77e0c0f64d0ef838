import { parseFinapiTimestamp } from '@webform-kit/core';
import type { Snapshot } from '../EventBus.ts';
import type { ProxyResource } from '../resources/ProxyResource.ts';

/**
 * How long past its `expiresAt` a web form is still watched and streamed: finAPI finalises an
 * expired or abandoned form in the background, so its final status comes a little later.
 */
export const EXPIRY_GRACE_MS = 5 * 60_000;

/**
 * How long a task is watched from its creation: a background update takes seconds to minutes,
 * and the web form it may ask for expires twenty minutes after it is made. Tasks carry no expiry.
 */
export const TASK_WATCH_MS = 60 * 60_000;

/**
 * Until when a web form or task is watched (by the proxy's safety poll) and streamed, in ms
 * since the epoch: a web form's `expiresAt` plus {@link EXPIRY_GRACE_MS}, a task's `createdAt`
 * plus {@link TASK_WATCH_MS} and the same grace.
 *
 * @example
 * watchDeadlineOf(WEB_FORM, webForm, Date.now()) // expiresAt + 5 minutes
 */
export function watchDeadlineOf(resource: ProxyResource, snapshot: Snapshot, now: number): number {
  const expiresAt = resource.expiresAt(snapshot);
  if (expiresAt !== undefined) return expiresAt + EXPIRY_GRACE_MS;
  const createdAt = parseFinapiTimestamp(snapshot.createdAt);
  return (Number.isNaN(createdAt) ? now : createdAt) + TASK_WATCH_MS + EXPIRY_GRACE_MS;
}
