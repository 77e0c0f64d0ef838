/**
 * The hooks of @webform-kit/react: status tracking through the proxy (push first, polling as
 * the fallback), the whole round trip and the return route. Each adapts an engine of
 * `@webform-kit/core/flow`; the types and helpers that moved there are re-exported here.
 */
export { WebFormKitProvider, type WebFormKitProviderProps } from './WebFormKitProvider.tsx';
export { useWebFormStatus, type WebFormStatusResult } from './useWebFormStatus.ts';
export { useTaskStatus, type TaskStatusResult } from './useTaskStatus.ts';
export { useWebFormFlow } from './useWebFormFlow.ts';
export { useReturnFlow } from './useReturnFlow.ts';
export {
  CHANNEL_NAME,
  DEFAULT_MAX_AGE_MS,
  DEFAULT_POLL_INTERVAL_MS,
  DEFAULT_PUSH_POLL_INTERVAL_MS,
  DEFAULT_STORAGE_KEY,
  FOLLOWED_CODES,
  MAX_BACKOFF_MS,
  MIN_POLL_INTERVAL_MS,
  ReturnFlowError,
  deriveFlowView,
  flowStorageKey,
  isFinalFlowOutcome,
  statusQueryKey,
  type ErrorSummary,
  type FinalFlowOutcome,
  type FlowInput,
  type FlowKind,
  type FlowOutcome,
  type FlowRequest,
  type FlowResource,
  type FlowScreen,
  type FlowState,
  type FlowView,
  type FlowViewInput,
  type FollowedCode,
  type OpenIn,
  type OutcomeMessage,
  type PushState,
  type ReturnFlowErrorKind,
  type ReturnFlowErrorReason,
  type ReturnFlowOptions,
  type ReturnFlowResult,
  type ReturnFlowState,
  type StatusOptions,
  type StatusState,
  type WebFormFlowOptions,
  type WebFormFlowResult,
  type WebFormKitError,
  type WebFormKitEvent,
  type WebFormKitEventType,
} from '@webform-kit/core/flow';
