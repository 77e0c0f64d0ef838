import { Hono } from 'hono';
import * as z from 'zod/mini';
import { accessErrorResponse, type AccessErrorCode } from './accessErrorResponse.ts';
import { readJsonBody } from './readJsonBody.ts';
import type { SimulatorDeps } from './SimulatorDeps.ts';

const ENDPOINT = 'POST /api/v2/users';

// finAPI Access's `CreateUserParams`, as far as its documentation shows them. Every field is
// optional: Access makes up an id and a password when they are not given.
const CreateUserSchema = z.object({
  id: z.optional(z.string().check(z.regex(/^[A-Za-z0-9._@-]{1,36}$/))),
  password: z.optional(z.string().check(z.minLength(6), z.maxLength(128))),
  email: z.nullish(z.string().check(z.maxLength(320))),
  phone: z.nullish(z.string().check(z.maxLength(50))),
  isAutoUpdateEnabled: z.nullish(z.boolean()),
});

/**
 * finAPI Access's `POST /api/v2/users`: a client (its `client_credentials` token) creates a user,
 * `201` with `{id, password, email, phone, isAutoUpdateEnabled}`. A backend that gives each of
 * its customers a finAPI user of their own calls it once per customer; the demo does so per
 * visitor, so no visitor's web forms or locks reach another's.
 */
export function userRoute(deps: SimulatorDeps): Hono {
  const app = new Hono();
  app.post('/api/v2/users', async (c) => {
    const requestId = c.req.header('x-request-id') ?? globalThis.crypto.randomUUID();
    const fail = (status: number, code: AccessErrorCode, message: string) =>
      accessErrorResponse({
        status,
        code,
        message,
        endpoint: ENDPOINT,
        requestId,
        now: deps.now(),
      });

    const match = /^Bearer +(\S+) *$/i.exec(c.req.header('authorization') ?? '');
    const principal = match === null ? undefined : deps.tokens.verify(match[1] as string);
    if (principal === undefined) {
      return fail(401, 'UNAUTHORIZED_ACCESS', 'A valid client access token is required');
    }
    if (principal.kind !== 'client') {
      return fail(
        403,
        'UNAUTHORIZED_ACCESS',
        "Creating users needs the client's token, not a user's",
      );
    }
    const body = await readJsonBody(c.req.raw);
    if (!body.ok) {
      return body.reason === 'unsupported-media-type'
        ? fail(415, 'UNSUPPORTED_MEDIA_TYPE', body.message)
        : fail(400, 'BAD_REQUEST', body.message);
    }
    const parsed = CreateUserSchema.safeParse(body.value);
    if (!parsed.success) {
      const fields = parsed.error.issues.map((issue) => issue.path.join('.') || 'body');
      return fail(400, 'BAD_REQUEST', `Invalid value for ${[...new Set(fields)].join(', ')}`);
    }
    const user = deps.users.create(parsed.data);
    if (user === undefined) {
      return fail(422, 'ENTITY_EXISTS', `A user with id ${parsed.data.id} already exists`);
    }
    c.header('cache-control', 'no-store');
    return c.json(user, 201);
  });
  return app;
}
