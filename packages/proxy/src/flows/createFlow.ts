import { randomToken } from '../base64url.ts';
import type { Snapshot } from '../EventBus.ts';
import { jsonResponse } from '../jsonError.ts';
import type { ProxyContext } from '../ProxyContext.ts';
import {
  deleteCallbackRecord,
  readCallbackRecord,
  writeCallbackRecord,
} from '../records/callbackRecords.ts';
import { writeFlowRecord, type FlowRecord } from '../records/flowRecords.ts';
import { grantReader, setOwner } from '../records/ownership.ts';
import { withReferenceLock } from '../records/referenceLock.ts';
import { readReferenceRecord, writeReferenceRecord } from '../records/referenceRecords.ts';
import type { Creation } from '../resources/creations.ts';
import type { Session } from '../sessionCookie.ts';
import { watchDeadlineOf } from '../snapshots/watchDeadline.ts';
import { isWebFormProxyError } from '../WebFormProxyError.ts';
import { checkPrepared, type CheckedCreation } from './checkPrepared.ts';
import { decideByReference } from './decideByReference.ts';
import { withSummary } from './withSummary.ts';

/** A browser's creation request, as the route hands it on. */
export interface FlowRequest {
  creation: Creation;
  session: Session;
  request: Request;
  /** The browser's JSON body as sent. */
  input: unknown;
  /** When the request arrived: a decision for a known reference rests on a read after it. */
  arrivedAt: number;
}

/**
 * Creates a web form or task the way the app's backend decides it:
 *
 * 1. the app's `prepare` turns the browser's input into finAPI's body, a reference and a summary
 *    (checked: {@link checkPrepared});
 * 2. with a reference, under the reference's lock (one creation per reference, across
 *    instances), a flow the reference already points at decides the answer
 *    ({@link decideByReference}), on its final snapshot if the proxy knows one, else on a finAPI
 *    read that asks after this request arrived (finAPI sends no callback when a form is opened,
 *    and a `NOT_YET_OPENED` read earlier would hand out a used one-time URL): the same one again,
 *    a `409 {code, message, id}` whose `id` the session may then read, or a new one;
 * 3. a new one is created at finAPI with the proxy's callbacks, recorded (owner, flow, reference)
 *    and followed until final, browser or not.
 *
 * @example
 * const response = await createFlow(ctx, { creation, session, request, input, arrivedAt: ctx.now() });
 */
export async function createFlow(ctx: ProxyContext, flow: FlowRequest): Promise<Response> {
  const { creation, session, request, input } = flow;
  const prepared = checkPrepared(
    ctx,
    creation,
    await ctx.prepare({ kind: creation.kind, input, request, sessionId: session.id }),
    input,
  );
  const { reference } = prepared;
  if (reference === undefined) return createAtFinapi(ctx, flow, prepared);
  const lock = {
    // Past the longest creation: a token, finAPI's answer and a decision read, each bounded.
    ttlMs: 3 * ctx.finapiTimeoutMs + 5000,
    waitMs: ctx.finapiTimeoutMs,
    now: ctx.now,
  };
  return withReferenceLock(ctx.store, creation.kind, reference, lock, async () => {
    return (
      (await answerForExisting(ctx, flow, reference)) ?? (await createAtFinapi(ctx, flow, prepared))
    );
  });
}

/** The answer a reference's existing flow decides, or `undefined` when a new one is due. */
async function answerForExisting(
  ctx: ProxyContext,
  { creation, session, request, arrivedAt }: FlowRequest,
  reference: string,
): Promise<Response | undefined> {
  const { resource } = creation;
  const pointer = await readReferenceRecord(ctx.store, creation.kind, reference);
  if (pointer === undefined || pointer.name !== resource.name) return undefined;
  const existing = await ctx.flows.read(resource, pointer.id);
  const cached = ctx.gate.peek(resource, pointer.id);
  let snapshot: Snapshot | undefined =
    existing?.final ?? (cached !== undefined && resource.isFinal(cached) ? cached : undefined);
  if (snapshot === undefined) {
    const source = ctx.tokenSource(request, { sessionId: session.id, via: 'browser' });
    try {
      snapshot = await ctx.gate.refresh(resource, pointer.id, source, arrivedAt);
    } catch (error) {
      // finAPI no longer knows it (deleted): nothing stands in the way of a new one.
      if (isWebFormProxyError(error) && error.code === 'NOT_FOUND') return undefined;
      throw error;
    }
  }
  const decision = decideByReference(resource, snapshot);
  if (decision.type === 'new') return undefined;
  // The session prepare approved may follow that flow from now on.
  await grantReader(ctx.store, resource.name, pointer.id, session.id);
  if (decision.type === 'same') {
    return jsonResponse(withSummary(snapshot, existing?.summary), 201);
  }
  return jsonResponse({ code: decision.code, message: decision.message, id: pointer.id }, 409);
}

/**
 * finAPI's id is only known from its answer, but the callback URL must be sent with the request.
 * So the URL carries a fresh random handle instead, and the store maps the handle to the id once
 * finAPI answers; a callback that arrives before that is remembered and honoured then.
 */
async function createAtFinapi(
  ctx: ProxyContext,
  { creation, session, request }: FlowRequest,
  { body, reference, summary }: CheckedCreation,
): Promise<Response> {
  const { resource } = creation;
  const details: Record<string, unknown> = { ...body };
  let handle: string | undefined;
  if (ctx.registerCallbacks) {
    handle = randomToken(16);
    const secret = await ctx.signer.sign(`callback:${resource.name}:${handle}`);
    details.callbacks = creation.callbacks(
      `${ctx.publicUrl}${ctx.basePath}/callbacks/${resource.segment}/${handle}/${secret}`,
    );
    await writeCallbackRecord(ctx.store, handle, { name: resource.name, sessionId: session.id });
  }

  let created: Snapshot;
  try {
    const source = ctx.tokenSource(request, { sessionId: session.id, via: 'browser' });
    created = await ctx.finapi.request({
      method: 'POST',
      path: creation.finapiPath,
      token: await source.token(),
      body: details,
      schema: resource.schema,
      what: resource.what,
    });
  } catch (error) {
    if (handle !== undefined) await deleteCallbackRecord(ctx.store, handle);
    throw error;
  }

  const record: FlowRecord = {
    name: resource.name,
    id: created.id,
    kind: creation.kind,
    sessionId: session.id,
    reference,
    summary,
    callbacks: handle !== undefined,
    watchUntil: watchDeadlineOf(resource, created, ctx.now()),
  };
  await setOwner(ctx.store, resource.name, created.id, session.id);
  await writeFlowRecord(ctx.store, record, ctx.recordTtlMs);
  if (reference !== undefined) {
    await writeReferenceRecord(
      ctx.store,
      creation.kind,
      reference,
      { name: resource.name, id: created.id },
      ctx.referenceTtlMs,
    );
  }
  await ctx.gate.seed(resource, created, session.id);
  if (handle !== undefined) {
    const early = await readCallbackRecord(ctx.store, handle);
    await writeCallbackRecord(ctx.store, handle, {
      name: resource.name,
      sessionId: session.id,
      id: created.id,
    });
    if (early?.pendingId !== undefined) {
      const honoured = early.pendingId === created.id;
      ctx.emit({
        type: 'callback',
        resource: resource.name,
        id: created.id,
        accepted: honoured,
        reason: honoured ? 'arrived before the creation was answered' : 'named another id',
      });
      if (honoured) {
        // The callback came before finAPI's answer to us; it still means "read again".
        void ctx.health.heard(resource, created.id).catch(() => undefined);
        const source = ctx.tokenSource(request, { sessionId: session.id, via: 'callback' });
        ctx.gate.refresh(resource, created.id, source).catch(() => undefined);
      }
    }
  }
  await ctx.flows.created(
    resource,
    record,
    ctx.tokenSource(request, { sessionId: session.id, via: 'poll' }),
  );
  return jsonResponse(withSummary(created, summary), 201);
}
