import * as z from 'zod/mini';
import { isNonce } from '../createNonce.ts';
import { RETURN_VIAS } from '../createReturnUrls.ts';
import type { ReturnVia } from '../createReturnUrls.ts';
import { oneOf } from '../schemas/oneOf.ts';
import { ResourceIdSchema } from '../schemas/resourceId.ts';
import { satisfies } from '../schemas/satisfies.ts';
import { WEB_FORM_KINDS } from '../webFormKind.ts';
import { FOLLOWED_CODES } from './flowTypes.ts';
import type { FlowKind, FlowResource, FollowedCode, OpenIn } from './flowTypes.ts';

// Defined without zod, for a first screen that tells a resumable flow (see useStoredFlow).
export { DEFAULT_MAX_AGE_MS, isFresh } from './resumeWindow.ts';
export { DEFAULT_STORAGE_KEY } from './flowStorageKey.ts';
/** Prefix of the `localStorage` records that let another tab accept the return, by `state`. */
export const RETURN_RECORD_PREFIX = 'webform-kit:return:';

/**
 * What a tab remembers about its flow: enough to resume after a reload or the trip to the bank
 * and back, and to check a return URL. No URL is stored (the web form URL is fetched again),
 * and the `state` nonce never leaves the origin's storage.
 */
export interface FlowRecord {
  v: 1;
  id: string;
  resource: FlowResource;
  kind: FlowKind;
  /** The nonce the return URLs carry. */
  state: string;
  /** `Date.now()` when the flow created its web form or task. */
  startedAt: number;
  openIn: OpenIn;
  /** The user was sent to the web form (its one-time URL is used up). */
  opened: boolean;
  /** A return URL for this flow was accepted. */
  returnedAt?: number | undefined;
  /** Which way that return URL said the user came back (a hint only). */
  via?: ReturnVia | undefined;
  /** The flow reached a final outcome; a later return URL for it is a replay. */
  finishedAt?: number | undefined;
  /**
   * The `sessionStorage` key the flow is stored under (it names the input), so the return route
   * stores what it learns there. Kept in this tab only, never in the cross-tab copy.
   */
  key?: string | undefined;
  /**
   * The proxy answered the creation with this `409` and the id of the flow that already exists
   * for the same reference; this record follows that flow (started elsewhere: its URL is not
   * this tab's to open, and it is not this tab's to delete).
   */
  followed?: FollowedCode | undefined;
}

// z.number() already refuses NaN and the infinities.
const time = z.optional(z.number());
// The version as a one-value enum: zod's literal would add its own code to every browser bundle.
const VERSIONS = { v1: 1 } as const;

/**
 * A stored record, checked field by field: storage is outside input like any other (another
 * script of the origin, an older version of the kit, a user with devtools). Unknown fields are
 * dropped; a task's record must name the background update kind and a web form's must not.
 */
export const FlowRecordSchema: z.ZodMiniType<FlowRecord> = z
  .object({
    v: z.enum(VERSIONS),
    id: ResourceIdSchema,
    resource: z.enum(['web-form', 'task']),
    kind: z.enum([...WEB_FORM_KINDS, 'background-update']),
    state: z.string().check(satisfies(isNonce, 'must be a nonce from createNonce()')),
    startedAt: z.number(),
    openIn: z.enum(['same-tab', 'new-tab']),
    // zod's boolean would add its own code to every browser bundle for this one field.
    opened: oneOf(false, true),
    returnedAt: time,
    via: z.optional(z.enum(RETURN_VIAS)),
    finishedAt: time,
    key: z.optional(z.string()),
    followed: z.optional(z.enum(FOLLOWED_CODES)),
  })
  .check(
    satisfies(
      (record) => (record.kind === 'background-update') === (record.resource === 'task'),
      'a task must be of the background-update kind, and only a task',
    ),
  );

/**
 * A stored record, or `null` for anything else.
 *
 * @example
 * parseFlowRecord(JSON.parse(sessionStorage.getItem(DEFAULT_STORAGE_KEY) ?? 'null'))
 */
export function parseFlowRecord(value: unknown): FlowRecord | null {
  const result = FlowRecordSchema.safeParse(value);
  return result.success ? result.data : null;
}
