// Checked by `pnpm typecheck` (not run): the route table cannot mount a handler without the
// middleware that sets the context variables it reads.
import { Hono } from 'hono';
import { jsonBody } from '../src/middleware/jsonBody.ts';
import { ownedResource } from '../src/middleware/ownedResource.ts';
import { session } from '../src/middleware/session.ts';
import { verifiedCallback } from '../src/middleware/verifiedCallback.ts';
import type { ProxyContext } from '../src/ProxyContext.ts';
import { TASK_CREATION } from '../src/resources/creations.ts';
import { TASK, WEB_FORM } from '../src/resources/proxyResources.ts';
import { createResource } from '../src/routes/createResource.ts';
import { handleCallback } from '../src/routes/handleCallback.ts';
import { readResource } from '../src/routes/readResource.ts';

declare const ctx: ProxyContext;
const app = new Hono();
const body = jsonBody({ maxBytes: 1024 });

app.get('/tasks/:id', session(ctx), ownedResource(ctx, TASK), (c) => readResource(ctx, TASK, c));
// @ts-expect-error: without ownedResource there is no c.var.id
app.get('/tasks/:id', session(ctx), (c) => readResource(ctx, TASK, c));

app.post('/tasks/background-update', session(ctx), body, (c) =>
  createResource(ctx, TASK_CREATION, c),
);
// @ts-expect-error: without the body limit there is no c.var.body
app.post('/tasks/background-update', session(ctx), (c) => createResource(ctx, TASK_CREATION, c));

app.post('/callbacks/webforms/:handle/:secret', verifiedCallback(ctx, WEB_FORM), body, (c) =>
  handleCallback(ctx, WEB_FORM, c),
);
// @ts-expect-error: without verifiedCallback there is no c.var.record
app.post('/callbacks/webforms/:handle/:secret', body, (c) => handleCallback(ctx, WEB_FORM, c));
