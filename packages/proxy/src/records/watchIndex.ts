import type { ResourceName } from '@webform-kit/core';
import type { CompleteStore } from './completeStore.ts';

/*
 * The flows still watched, as one set in the store: every created web form and task from its
 * creation until it is final and its outcome delivered, or its deadline passed. A restarted
 * process (same store) lists it and resumes watching; each member expires at its deadline, so
 * the set never grows without bound.
 */

const WATCHED = 'watched';

export interface WatchedFlow {
  name: ResourceName;
  id: string;
}

const memberOf = (name: ResourceName, id: string) => `${name}:${id}`;

/** Adds a flow to the index, or moves its deadline, until `until` (ms since the epoch). */
export async function addWatched(
  store: CompleteStore,
  name: ResourceName,
  id: string,
  until: number,
): Promise<void> {
  await store.addMember(WATCHED, memberOf(name, id), until);
}

export async function removeWatched(
  store: CompleteStore,
  name: ResourceName,
  id: string,
): Promise<void> {
  await store.removeMember(WATCHED, memberOf(name, id));
}

/** The flows in the index; members that do not name a resource are skipped. */
export async function listWatched(store: CompleteStore): Promise<WatchedFlow[]> {
  const flows: WatchedFlow[] = [];
  for (const member of await store.members(WATCHED)) {
    const colon = member.lastIndexOf(':');
    const name = member.slice(0, colon);
    if (colon > 0 && (name === 'web-form' || name === 'task')) {
      flows.push({ name, id: member.slice(colon + 1) });
    }
  }
  return flows;
}
