import type { ScenarioState } from './createScenarioState.ts';

/**
 * A `WebForm` or `Task` answer, unless the scenario asks for a malformed one: JSON cut short, or
 * JSON whose status and timestamp no schema admits.
 */
export function answerSnapshot(scenario: ScenarioState, snapshot: object): Response {
  const headers = { 'content-type': 'application/json' };
  if (!scenario.take('malformedNext')) {
    return new Response(JSON.stringify(snapshot), { status: 200, headers });
  }
  if (scenario.current.malformedKind === 'invalid-json') {
    const json = JSON.stringify(snapshot);
    return new Response(json.slice(0, Math.ceil(json.length / 2)), { status: 200, headers });
  }
  const broken = { ...snapshot, status: 'FINISHED', createdAt: 'yesterday' };
  return new Response(JSON.stringify(broken), { status: 200, headers });
}
