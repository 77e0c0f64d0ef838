import type { ResourceName } from '@webform-kit/core';

/**
 * The store key of a flow's poll lease: which instance makes the safety poll of a flow no browser
 * watches (its value is that instance's id). Taken with `setIfAbsent`, renewed by its holder with
 * `renewIfValue`, and lapsing two poll intervals after the last renewal when its holder is gone.
 */
export const pollLeaseKey = (name: ResourceName, id: string) => `poll-lease:${name}:${id}`;
