import { ErrorCodeSchema, type WebFormErrorCode } from '@webform-kit/core';
import * as z from 'zod/mini';

/** How a background update task ends on its own, or that it needs the user. */
export const TASK_MODES = ['complete', 'fail', 'web-form-required'] as const;
export type TaskMode = (typeof TASK_MODES)[number];

/** What a malformed answer looks like: not JSON at all, or JSON that is not a `WebForm`/`Task`. */
export const MALFORMED_KINDS = ['invalid-json', 'invalid-schema'] as const;
export type MalformedKind = (typeof MALFORMED_KINDS)[number];

/**
 * What the mandator's licence says about `redirectUrl` in request bodies; finAPI answers 422
 * `INVALID_REDIRECT_URL` when a request breaks it.
 */
export const REDIRECT_URL_POLICIES = ['optional', 'required', 'forbidden'] as const;
export type RedirectUrlPolicy = (typeof REDIRECT_URL_POLICIES)[number];

const HOUR_MS = 3_600_000;
const Count = z.int().check(z.minimum(0), z.maximum(1_000_000));
const Rate = z.number().check(z.minimum(0), z.maximum(1));
const Delay = z.int().check(z.minimum(0), z.maximum(HOUR_MS));

/**
 * Everything a test or a demo can turn: timings, the task's path, and the faults real networks
 * and real finAPI produce. Counters (`...Next`) count down as they are used.
 */
export const ScenarioSchema = z.strictObject({
  /** Delay before every Web Form API answer, in ms. */
  latencyMs: Delay,
  /** The next N Web Form API requests answer 500 `INTERNAL_SERVER_ERROR`. */
  failNext: Count,
  /** Share (0..1) of Web Form API requests that answer 500 `INTERNAL_SERVER_ERROR`. */
  failRate: Rate,
  /** The next N Web Form API requests never answer (until the client gives up). */
  hangNext: Count,
  /** The next N successful `GET /api/webForms/{id}` or `GET /api/tasks/{id}` answers are malformed. */
  malformedNext: Count,
  /** How malformed answers are malformed. */
  malformedKind: z.enum(MALFORMED_KINDS),
  /** Life of a new web form, in ms, from creation to `expiresAt`: at least a second. */
  ttlMs: z.int().check(z.minimum(1000), z.maximum(24 * HOUR_MS)),
  /** How new background update tasks go. */
  taskMode: z.enum(TASK_MODES),
  /** How long a new task takes to end or to need a web form, in ms. */
  taskDelayMs: Delay,
  /** The task's `errorCode` when `taskMode` is `fail`. */
  taskErrorCode: ErrorCodeSchema as z.ZodMiniType<WebFormErrorCode, string>,
  /** Delay before each callback is posted, in ms. */
  callbackDelayMs: Delay,
  /** The next N callbacks are never posted. */
  callbackDropNext: Count,
  /** Share (0..1) of callbacks that are never posted. */
  callbackDropRate: Rate,
  /** Extra copies posted of every callback. */
  callbackDuplicates: z.int().check(z.minimum(0), z.maximum(10)),
  /** Whether request bodies may, must or must not carry `redirectUrl`. */
  redirectUrlPolicy: z.enum(REDIRECT_URL_POLICIES),
  /** Every create request answers 422 `MANDATOR_MISCONFIGURATION`. */
  mandatorMisconfigured: z.boolean(),
  /** Life of new access tokens, in seconds (finAPI's default is an hour). */
  tokenExpiresIn: z.int().check(z.minimum(1), z.maximum(24 * 3600)),
});
export type Scenario = z.infer<typeof ScenarioSchema>;

/** A change to the scenario: any subset of its knobs; unknown knobs are refused. */
export const ScenarioPatchSchema = z.partial(ScenarioSchema);
export type ScenarioPatch = z.infer<typeof ScenarioPatchSchema>;

/** finAPI's documented lifetime of a web form: 20 minutes. */
export const DEFAULT_TTL_MS = 20 * 60_000;

/** The scenario a new simulator starts with: finAPI behaving well. */
export const DEFAULT_SCENARIO: Readonly<Scenario> = Object.freeze({
  latencyMs: 0,
  failNext: 0,
  failRate: 0,
  hangNext: 0,
  malformedNext: 0,
  malformedKind: 'invalid-json',
  ttlMs: DEFAULT_TTL_MS,
  taskMode: 'web-form-required',
  taskDelayMs: 1000,
  taskErrorCode: 'BANK_SERVER_REJECTION',
  callbackDelayMs: 0,
  callbackDropNext: 0,
  callbackDropRate: 0,
  callbackDuplicates: 0,
  redirectUrlPolicy: 'optional',
  mandatorMisconfigured: false,
  tokenExpiresIn: 3600,
});
