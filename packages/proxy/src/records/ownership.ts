import type { ResourceName } from '@webform-kit/core';
import type { Snapshot } from '../EventBus.ts';
import type { ProxyStore } from '../ProxyStore.ts';
import type { ProxyResource } from '../resources/ProxyResource.ts';
import { readRecord, RECORD_TTL_MS, writeRecord } from './storedRecord.ts';

/*
 * Which browser sessions may read which web form or task. A web form or task is readable only by
 * the session that created it (DESIGN.md) and the sessions granted it, and by no other: routes
 * check this before finAPI hears of a request. Three rules give a session a resource: creating it
 * (it owns it), the app's `prepare` approving it for a reference whose flow exists already
 * ({@link grantReader}), and a task it may read naming the web form ({@link grantTaskWebForm}).
 */

const ownerKey = (name: ResourceName, id: string) => `owner:${name}:${id}`;
const readerKey = (name: ResourceName, id: string, sessionId: string) =>
  `reader:${name}:${id}:${sessionId}`;

/** The session that owns a web form or task, if any. */
export async function ownerOf(
  store: ProxyStore,
  name: ResourceName,
  id: string,
): Promise<string | undefined> {
  const record = await readRecord(store, ownerKey(name, id));
  return typeof record?.sessionId === 'string' ? record.sessionId : undefined;
}

/** Records `sessionId` as the owner: the session that created the resource. */
export async function setOwner(
  store: ProxyStore,
  name: ResourceName,
  id: string,
  sessionId: string,
): Promise<void> {
  await writeRecord(store, ownerKey(name, id), { sessionId });
}

/**
 * Lets `sessionId` read a resource it did not create: the session the app's `prepare` approved
 * for a reference whose flow exists already (a second device, a reload after the tab's memory was
 * lost), so the `id` of a `409` or the same web form answered again is readable at once.
 *
 * @example
 * await grantReader(store, 'web-form', existingId, session.id); // GET /webforms/{existingId} answers
 */
export async function grantReader(
  store: ProxyStore,
  name: ResourceName,
  id: string,
  sessionId: string,
): Promise<void> {
  if ((await ownerOf(store, name, id)) === sessionId) return;
  await store.set(readerKey(name, id, sessionId), '1', RECORD_TTL_MS);
}

/** Whether `sessionId` may read a web form or task: it owns it, or was granted it. */
export async function mayRead(
  store: ProxyStore,
  name: ResourceName,
  id: string,
  sessionId: string,
): Promise<boolean> {
  if ((await ownerOf(store, name, id)) === sessionId) return true;
  return (await store.get(readerKey(name, id, sessionId))) !== undefined;
}

/** Forgets the owner of a resource that is gone (deleted through the proxy). */
export async function deleteOwner(
  store: ProxyStore,
  name: ResourceName,
  id: string,
): Promise<void> {
  await store.delete(ownerKey(name, id));
}

/**
 * A task that needs a web form (`WEB_FORM_REQUIRED`) names it, and the task's sessions must be
 * able to read that web form: the kit sends the user to it and follows its status. So every task
 * snapshot finAPI answers for a session gives it the web form the task names: as its owner if
 * nobody owns it yet, else as a reader if the session may read the task (it was granted the task
 * by reference). A grant never takes a resource from another session.
 *
 * @example
 * await grantTaskWebForm(store, TASK, task, sessionId); // GET /webforms/{task.payload.webForm.id} now answers
 */
export async function grantTaskWebForm(
  store: ProxyStore,
  resource: ProxyResource,
  snapshot: Snapshot,
  sessionId: string,
): Promise<void> {
  if (resource.name !== 'task' || !('webForm' in snapshot.payload)) return;
  const webForm = snapshot.payload.webForm;
  if (webForm == null) return;
  const owner = await ownerOf(store, 'web-form', webForm.id);
  if (owner === undefined) await setOwner(store, 'web-form', webForm.id, sessionId);
  else if (owner !== sessionId && (await mayRead(store, 'task', snapshot.id, sessionId))) {
    await grantReader(store, 'web-form', webForm.id, sessionId);
  }
}
