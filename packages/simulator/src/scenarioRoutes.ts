import { Hono } from 'hono';
import { scenarioPatchIssues } from './createScenarioState.ts';
import { errorContextOf } from './errorContextOf.ts';
import { validationErrorResponse } from './finapiErrorResponse.ts';
import { readJsonBody } from './readJsonBody.ts';
import type { SimulatorDeps } from './SimulatorDeps.ts';

/**
 * The control API for demos and tests: `GET /__simulator/scenario` answers the scenario,
 * `POST /__simulator/scenario` changes the knobs its JSON body names (400 for unknown knobs or
 * bad values) and answers the whole new scenario.
 */
export function scenarioRoutes(deps: SimulatorDeps): Hono {
  const app = new Hono();
  app.get('/__simulator/scenario', (c) => c.json(deps.scenario.current));
  app.post('/__simulator/scenario', async (c) => {
    const context = errorContextOf(c, deps.now);
    const body = await readJsonBody(c.req.raw);
    if (!body.ok)
      return validationErrorResponse(context, [{ field: 'body', message: body.message }]);
    const issues = scenarioPatchIssues(body.value);
    if (issues !== undefined) return validationErrorResponse(context, issues);
    return c.json(deps.scenario.update(body.value));
  });
  return app;
}
