import { Hono } from 'hono';
import { errorContextOf } from './errorContextOf.ts';
import { fieldErrorsOf } from './fieldErrorsOf.ts';
import { finapiErrorResponse, validationErrorResponse } from './finapiErrorResponse.ts';
import { PresentationPatchSchema } from './Presentation.ts';
import { readJsonBody } from './readJsonBody.ts';
import type { SimulatorDeps } from './SimulatorDeps.ts';

/**
 * The control API of the simulator-only presentation knob (see `Presentation`):
 * `GET /__simulator/users/{userId}/presentation` answers a user's, `POST` changes the parts its
 * JSON body names (`400` for unknown parts or bad values, `404` for an unknown user) and answers
 * the whole new one.
 */
export function presentationRoutes(deps: SimulatorDeps): Hono {
  const app = new Hono();
  const unknownUser = (c: Parameters<typeof errorContextOf>[0], userId: string) =>
    finapiErrorResponse(errorContextOf(c, deps.now), 404, 'NOT_FOUND', `No user ${userId}`);

  app.get('/__simulator/users/:userId/presentation', (c) => {
    const userId = c.req.param('userId');
    if (!deps.users.has(userId)) return unknownUser(c, userId);
    return c.json(deps.users.presentationOf(userId));
  });
  app.post('/__simulator/users/:userId/presentation', async (c) => {
    const context = errorContextOf(c, deps.now);
    const userId = c.req.param('userId');
    if (!deps.users.has(userId)) return unknownUser(c, userId);
    const body = await readJsonBody(c.req.raw);
    if (!body.ok) {
      return validationErrorResponse(context, [{ field: 'body', message: body.message }]);
    }
    const parsed = PresentationPatchSchema.safeParse(body.value);
    if (!parsed.success)
      return validationErrorResponse(context, fieldErrorsOf(parsed.error.issues));
    return c.json(deps.users.setPresentation(userId, parsed.data));
  });
  return app;
}
