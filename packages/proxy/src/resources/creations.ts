import { finapiPathOf, isWebFormKind, WEB_FORM_KINDS } from '@webform-kit/core';
import {
  BankConnectionUpdateTaskDetailsSchema,
  createRequestSchemas,
} from '@webform-kit/core/requests';
import type * as z from 'zod/mini';
import { WebFormProxyError } from '../WebFormProxyError.ts';
import type { ProxyResource } from './ProxyResource.ts';
import { TASK, WEB_FORM } from './proxyResources.ts';

/** What creating one kind of web form or task asks of finAPI. */
export interface Creation {
  /** The proxy's kebab-case kind, as in its route: `bank-connection-import`, `background-update`. */
  readonly kind: string;
  readonly resource: ProxyResource;
  /** finAPI's creation path, e.g. `/api/webForms/bankConnectionImport`. */
  readonly finapiPath: string;
  /** finAPI's request body schema (from `@webform-kit/core/requests`). */
  readonly bodySchema: z.ZodMiniType<Record<string, unknown>>;
  /** The callbacks to register, given the handle's path (`.../callbacks/webforms/{handle}/{secret}`). */
  callbacks(callbackBase: string): Record<string, string>;
}

/**
 * `404 UNKNOWN_KIND` for a segment that names no kind of web form. The message lists the kinds
 * and never repeats the segment: an answer quoting what the caller sent is a reflection point.
 */
export function unknownKindError(): WebFormProxyError {
  return new WebFormProxyError(
    404,
    'UNKNOWN_KIND',
    `No such kind of web form; use one of ${WEB_FORM_KINDS.join(', ')}`,
  );
}

/** The kind of task the proxy creates, and its route segment. */
export const TASK_KIND = 'background-update';

/** Creating a web form of `kind` (`POST /webforms/{kind}`); an unknown kind is a 404. */
export function webFormCreation(kind: string): Creation {
  if (!isWebFormKind(kind)) throw unknownKindError();
  return {
    kind,
    resource: WEB_FORM,
    finapiPath: `/api/webForms/${finapiPathOf(kind)}`,
    // Each kind's schema parses an object of its own shape; the route only needs it as one.
    bodySchema: createRequestSchemas[kind] as unknown as z.ZodMiniType<Record<string, unknown>>,
    callbacks: (base) => ({ finalised: base }),
  };
}

/** Creating a background update task (`POST /tasks/background-update`). */
export const TASK_CREATION: Creation = {
  kind: TASK_KIND,
  resource: TASK,
  finapiPath: '/api/tasks/backgroundUpdate',
  bodySchema: BankConnectionUpdateTaskDetailsSchema as unknown as z.ZodMiniType<
    Record<string, unknown>
  >,
  callbacks: (base) => ({
    finalised: `${base}/finalised`,
    webFormRequired: `${base}/web-form-required`,
  }),
};
