/**
 * @webform-kit/core/flow: the round trip as a framework-free engine. `FlowEngine` creates the web
 * form or task, sends the user there, follows its status (push first, polling as the fallback)
 * and accepts the return URL; `StatusObserver` follows one web form or task. Both build on
 * TanStack's `@tanstack/query-core` (a peer dependency of this entry only) and take every
 * browser API from a {@link FlowEnvironment}, so they run in tests, scripts and on servers.
 * `@webform-kit/react`'s hooks are thin adapters of these.
 *
 * @packageDocumentation
 */
export { FlowEngine } from './FlowEngine.ts';
export { WebFormFlowEngine, type FlowEngineMode } from './WebFormFlowEngine.ts';
export { createFlowKit, type FlowKit, type FlowKitOptions } from './FlowKit.ts';
export {
  browserEnvironment,
  resolveEnvironment,
  type FlowEnvironment,
  type FlowStorageArea,
} from './FlowEnvironment.ts';
export {
  NO_STATUS,
  transition,
  trackedOf,
  type FlowMachineState,
  type FlowStatus,
  type FlowTransition,
  type StoreOp,
  type TrackedFlow,
  type TransitionContext,
} from './flowTransition.ts';
export type {
  WebFormFlowBase,
  WebFormFlowOptions,
  WebFormFlowResult,
} from './WebFormFlowResult.ts';
export type {
  ReturnFlowBase,
  ReturnFlowOptions,
  ReturnFlowResult,
  ReturnFlowState,
} from './ReturnFlowResult.ts';
export {
  deriveFlowView,
  type FlowScreen,
  type FlowState,
  type FlowView,
  type FlowViewInput,
} from './deriveFlowView.ts';
export {
  FOLLOWED_CODES,
  isFinalFlowOutcome,
  type FinalFlowOutcome,
  type FlowInput,
  type FollowedCode,
  type FlowKind,
  type FlowOutcome,
  type FlowRequest,
  type FlowResource,
  type OpenIn,
  type WebFormKitError,
} from './flowTypes.ts';
export {
  ReturnFlowError,
  type ReturnFlowErrorKind,
  type ReturnFlowErrorReason,
} from './ReturnFlowError.ts';
export { toKitError } from './toKitError.ts';
export {
  callListener,
  stampEvent,
  summariseError,
  type ErrorSummary,
  type WebFormKitEvent,
  type WebFormKitEventInput,
  type WebFormKitEventType,
} from './webFormKitEvent.ts';
export {
  DEFAULT_MAX_AGE_MS,
  DEFAULT_STORAGE_KEY,
  FlowRecordSchema,
  RETURN_RECORD_PREFIX,
  isFresh,
  parseFlowRecord,
  type FlowRecord,
} from './FlowRecord.ts';
export { createFlowStorage, listTabFlows, type FlowStorage, type TabFlow } from './flowStorage.ts';
export { flowInputOf, type FlowInputOptions } from './flowInputOf.ts';
export { flowStorageKey, type FlowKeyOptions } from './flowStorageKey.ts';
export { maxAgeOf } from './resumeWindow.ts';
export { createMemoryStorage } from './createMemoryStorage.ts';
export { CHANNEL_NAME, isOutcomeMessage, type OutcomeMessage } from './outcomeChannel.ts';
export {
  StatusObserver,
  type Snapshot,
  type StatusOptions,
  type StatusResult,
  type StatusState,
} from './StatusObserver.ts';
export {
  isSettled,
  statusQueryKey,
  statusQueryOptions,
  taskSource,
  webFormSource,
  type StatusQueryKey,
  type StatusSource,
} from './statusQuery.ts';
export type { PushSnapshot, PushState } from './pushRegistry.ts';
export {
  DEFAULT_POLL_INTERVAL_MS,
  DEFAULT_PUSH_POLL_INTERVAL_MS,
  MAX_BACKOFF_MS,
  MIN_POLL_INTERVAL_MS,
  backoffDelay,
  clampInterval,
  isRetryableStatusError,
} from './pollingPolicy.ts';
export { buildWebFormUrl, type ReturnConfig } from './buildWebFormUrl.ts';
