import { Hono } from 'hono';
import { answerSnapshot } from './answerSnapshot.ts';
import { errorContextOf } from './errorContextOf.ts';
import { fieldErrorsOf } from './fieldErrorsOf.ts';
import { finapiErrorResponse, validationErrorResponse } from './finapiErrorResponse.ts';
import { readJsonBody } from './readJsonBody.ts';
import { refusalOf } from './refusalOf.ts';
import { SimulatorTaskDetailsSchema } from './simulatorRequestSchemas.ts';
import type { SimulatorDeps, SimulatorEnv } from './SimulatorDeps.ts';

/** `POST /api/tasks/backgroundUpdate` and `GET /api/tasks/{id}`, as finAPI answers them. */
export function taskRoutes(deps: SimulatorDeps): Hono<SimulatorEnv> {
  const app = new Hono<SimulatorEnv>();

  app.post('/api/tasks/backgroundUpdate', async (c) => {
    const context = errorContextOf(c, deps.now);
    const body = await readJsonBody(c.req.raw);
    if (!body.ok) {
      return body.reason === 'unsupported-media-type'
        ? finapiErrorResponse(context, 415, 'NOT_SUPPORTED', body.message)
        : validationErrorResponse(context, [{ field: 'body', message: body.message }]);
    }
    const parsed = SimulatorTaskDetailsSchema.safeParse(body.value);
    if (!parsed.success)
      return validationErrorResponse(context, fieldErrorsOf(parsed.error.issues));
    const details = parsed.data;

    const refusal = refusalOf('task', details, deps.scenario.current);
    if (refusal !== undefined) {
      return finapiErrorResponse(context, refusal.status, refusal.code, refusal.description);
    }
    const user = c.get('user');
    if (deps.state.isUpdateRunning(user, details.bankConnectionId)) {
      return finapiErrorResponse(
        context,
        423,
        'LOCKED',
        `Bank connection ${details.bankConnectionId} cannot be updated at the moment as it is currently being updated`,
      );
    }
    const task = deps.state.createTask({
      owner: user,
      username: c.get('username'),
      bankConnectionId: details.bankConnectionId,
      callbacks: details.callbacks,
    });
    return c.json(deps.state.taskOf(task), 201);
  });

  app.get('/api/tasks/:id', (c) => {
    const task = deps.state.task(c.req.param('id'));
    if (task === undefined || task.owner !== c.get('user')) {
      return finapiErrorResponse(errorContextOf(c, deps.now), 404, 'NOT_FOUND', 'Task not found');
    }
    return answerSnapshot(deps.scenario, deps.state.taskOf(task));
  });

  return app;
}
