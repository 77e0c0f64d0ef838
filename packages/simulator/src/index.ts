/**
 * @webform-kit/simulator: a faithful in-memory stand-in for finAPI Web Form 2.0 — its API, the
 * hosted form page, expiry, one-time URLs, background update tasks and callbacks — plus finAPI
 * Access's token endpoint. A Web-standard fetch handler; the Node server is
 * `@webform-kit/simulator/node`.
 *
 * @packageDocumentation
 */
export {
  createSimulator,
  DEFAULT_CLIENTS,
  DEFAULT_PUBLIC_URL,
  DEFAULT_USERS,
  type Simulator,
  type SimulatorOptions,
} from './createSimulator.ts';
export type { SimulatorClient, SimulatorUser } from './SimulatorDeps.ts';
export {
  DEFAULT_SCENARIO,
  DEFAULT_TTL_MS,
  MALFORMED_KINDS,
  REDIRECT_URL_POLICIES,
  ScenarioPatchSchema,
  ScenarioSchema,
  TASK_MODES,
  type MalformedKind,
  type RedirectUrlPolicy,
  type Scenario,
  type ScenarioPatch,
  type TaskMode,
} from './scenario.ts';
export { TEST_VALUES } from './testValues.ts';
export { SimulatorError } from './SimulatorError.ts';
export { HOSTED_PAGE_BUTTONS, CLOSE_TAB_TEXT } from './renderHostedPage.ts';
export { ERROR_CODE_LABEL } from './renderDemoControls.ts';
export {
  DEFAULT_PAGE_LANGUAGE,
  HOSTED_PAGE_LANGUAGES,
  type HostedPageLanguage,
} from './HostedPageLanguage.ts';
export {
  DEFAULT_PRESENTATION,
  PAGE_THEMES,
  PresentationPatchSchema,
  PresentationSchema,
  type PageTheme,
  type Presentation,
  type PresentationPatch,
} from './Presentation.ts';
export { SIMULATOR_BANKS, type SimulatorBank } from './simulatorBanks.ts';
export { isCallbackUrl } from './simulatorRequestSchemas.ts';
export { formatFinapiTimestamp } from './formatFinapiTimestamp.ts';
