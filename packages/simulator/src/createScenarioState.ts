import { fieldErrorsOf } from './fieldErrorsOf.ts';
import {
  ScenarioPatchSchema,
  ScenarioSchema,
  type Scenario,
  type ScenarioPatch,
} from './scenario.ts';

type CounterKnob = 'failNext' | 'hangNext' | 'malformedNext' | 'callbackDropNext';
type RateKnob = 'failRate' | 'callbackDropRate';

/** The simulator's current scenario, with the counters and dice the faults use. */
export interface ScenarioState {
  readonly current: Scenario;
  /** Validates and applies a change; throws a `TypeError` listing the problems. */
  update(patch: unknown): Scenario;
  /** Uses one count of a `...Next` knob: true when one was left. */
  take(knob: CounterKnob): boolean;
  /** Rolls the dice for a `...Rate` knob. */
  roll(knob: RateKnob): boolean;
}

/** Issues of a scenario patch as `{field, message}` pairs, or `undefined` when it is valid. */
export function scenarioPatchIssues(
  patch: unknown,
): { field: string; message: string }[] | undefined {
  const result = ScenarioPatchSchema.safeParse(patch);
  if (result.success) return undefined;
  return fieldErrorsOf(result.error.issues);
}

export function createScenarioState(initial: Scenario, random: () => number): ScenarioState {
  let current: Scenario = ScenarioSchema.parse(initial);
  return {
    get current() {
      return current;
    },
    update(patch) {
      const issues = scenarioPatchIssues(patch);
      if (issues !== undefined) {
        throw new TypeError(
          `invalid scenario: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`,
        );
      }
      current = { ...current, ...(patch as ScenarioPatch) };
      return current;
    },
    take(knob) {
      if (current[knob] <= 0) return false;
      current = { ...current, [knob]: current[knob] - 1 };
      return true;
    },
    roll(knob) {
      const rate = current[knob];
      return rate > 0 && random() < rate;
    },
  };
}
