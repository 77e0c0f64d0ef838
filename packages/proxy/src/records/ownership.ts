import type { ResourceName } from '@webform-kit/core';
import type { Snapshot } from '../EventBus.ts';
import type { ProxyStore } from '../ProxyStore.ts';
import type { ProxyResource } from '../resources/ProxyResource.ts';
import { readRecord, writeRecord } from './storedRecord.ts';

/*
 * Which browser session owns which web form or task. A web form or task is readable only by the
 * session that created it (DESIGN.md), and by no other: routes check this before finAPI hears of
 * a request. Two rules give a session a resource: creating it, and a task of its own naming it
 * ({@link grantTaskWebForm}).
 */

const ownerKey = (name: ResourceName, id: string) => `owner:${name}:${id}`;

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

/** Forgets the owner of a resource that is gone (deleted through the proxy). */
export async function deleteOwner(
  store: ProxyStore,
  name: ResourceName,
  id: string,
): Promise<void> {
  await store.delete(ownerKey(name, id));
}

/**
 * A task that needs a web form (`WEB_FORM_REQUIRED`) names it, and the task's session must be
 * able to read that web form as its own: the kit sends the user to it and follows its status.
 * So every task snapshot finAPI answers grants the web form it names to the task's session,
 * if nobody owns it yet; a grant never takes a resource from another session.
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
  if ((await ownerOf(store, 'web-form', webForm.id)) === undefined) {
    await setOwner(store, 'web-form', webForm.id, sessionId);
  }
}
