import { WEB_FORM_KINDS, finapiPathOf, type WebFormKind } from '@webform-kit/core';
import { Hono } from 'hono';
import type * as z from 'zod/mini';
import { answerSnapshot } from './answerSnapshot.ts';
import { errorContextOf } from './errorContextOf.ts';
import { fieldErrorsOf } from './fieldErrorsOf.ts';
import { finapiErrorResponse, validationErrorResponse } from './finapiErrorResponse.ts';
import { readJsonBody } from './readJsonBody.ts';
import { refusalOf, type CheckedDetails } from './refusalOf.ts';
import { simulatorRequestSchemas } from './simulatorRequestSchemas.ts';
import type { SimulatorDeps, SimulatorEnv } from './SimulatorDeps.ts';
import type { WebFormDetails } from './WebFormDetails.ts';

const KIND_OF_PATH = new Map<string, WebFormKind>(
  WEB_FORM_KINDS.map((kind) => [finapiPathOf(kind), kind]),
);

/** `POST /api/webForms/{kind}`, `GET` and `DELETE /api/webForms/{id}`, as finAPI answers them. */
export function webFormRoutes(deps: SimulatorDeps): Hono<SimulatorEnv> {
  const app = new Hono<SimulatorEnv>();

  app.post('/api/webForms/:path', async (c) => {
    const context = errorContextOf(c, deps.now);
    const kind = KIND_OF_PATH.get(c.req.param('path'));
    if (kind === undefined) {
      return finapiErrorResponse(context, 404, 'NOT_FOUND', `No endpoint ${context.endpoint}`);
    }
    const body = await readJsonBody(c.req.raw);
    if (!body.ok) {
      return body.reason === 'unsupported-media-type'
        ? finapiErrorResponse(context, 415, 'NOT_SUPPORTED', body.message)
        : validationErrorResponse(context, [{ field: 'body', message: body.message }]);
    }
    const schema: z.ZodMiniType = simulatorRequestSchemas[kind];
    const parsed = schema.safeParse(body.value);
    if (!parsed.success)
      return validationErrorResponse(context, fieldErrorsOf(parsed.error.issues));
    const details = parsed.data as CheckedDetails & {
      callbacks?: { finalised?: string | null } | null;
    };

    const refusal = refusalOf(kind, details, deps.scenario.current);
    if (refusal !== undefined) {
      return finapiErrorResponse(context, refusal.status, refusal.code, refusal.description);
    }
    const { callbacks: _callbacks, ...request } = details;
    const record = deps.state.createWebForm({
      owner: c.get('user'),
      username: c.get('username'),
      details: { kind, body: request } as WebFormDetails,
      finalisedCallback: details.callbacks?.finalised,
      ...(kind === 'bank-connection-update'
        ? { bankConnectionId: details.bank?.bankConnectionId as number }
        : {}),
    });
    return c.json(deps.state.webFormOf(record), 201);
  });

  // Another user's web form is as unknown as one that never existed.
  const find = (id: string, user: string) => {
    const record = deps.state.webForm(id);
    return record === undefined || record.deleted || record.owner !== user ? undefined : record;
  };

  app.get('/api/webForms/:id', (c) => {
    const record = find(c.req.param('id'), c.get('user'));
    if (record === undefined) {
      return finapiErrorResponse(
        errorContextOf(c, deps.now),
        404,
        'NOT_FOUND',
        'Web form not found',
      );
    }
    return answerSnapshot(deps.scenario, deps.state.webFormOf(record));
  });

  app.delete('/api/webForms/:id', (c) => {
    const record = find(c.req.param('id'), c.get('user'));
    if (record === undefined) {
      return finapiErrorResponse(
        errorContextOf(c, deps.now),
        404,
        'NOT_FOUND',
        'Web form not found',
      );
    }
    deps.state.deleteWebForm(record);
    // The spec's 200 "Web form has been deleted" has no body.
    return new Response(null, { status: 200 });
  });

  return app;
}
