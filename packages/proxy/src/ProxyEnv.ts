import type { CallbackRecord } from './records/callbackRecords.ts';
import type { Session } from './sessionCookie.ts';

/*
 * The Hono environments of the proxy's routes: what each group's middleware puts on the context,
 * read in handlers as `c.var.session`, `c.var.body`, ... Each middleware declares the part it
 * sets, and each handler the environment it reads; the route table calls handlers with the
 * route's own `c`, whose type Hono builds from the middleware before it, so mounting a handler
 * without the middleware that sets what it reads does not compile.
 */

/** Set by the `session` middleware on every browser route. */
export interface SessionVariables {
  /** The browser session the request belongs to (new if it sent no valid cookie). */
  session: Session;
}

/** Set by the `jsonBody` middleware (the body limit). */
export interface BodyVariables {
  /** The request body, parsed as JSON within the size limit; not yet checked further. */
  body: unknown;
}

/** Set by the `ownedResource` middleware. */
export interface OwnedVariables {
  /** The id in the path: finAPI-shaped, and owned by the request's session. */
  id: string;
}

/** Set by the `verifiedCallback` middleware. */
export interface CallbackVariables {
  /** The handle in the callback's path, its secret verified. */
  handle: string;
  /** Where the handle points. */
  record: CallbackRecord;
}

export interface SessionEnv {
  Variables: SessionVariables;
}
export interface BodyEnv {
  Variables: BodyVariables;
}
export interface OwnedEnv {
  Variables: SessionVariables & OwnedVariables;
}
export interface CallbackEnv {
  Variables: CallbackVariables;
}
/** A browser route that creates: its session and its body. */
export interface CreateEnv {
  Variables: SessionVariables & BodyVariables;
}
/** A callback route's handler: the verified handle and the body. */
export interface CallbackBodyEnv {
  Variables: CallbackVariables & BodyVariables;
}
