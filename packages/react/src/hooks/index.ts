/**
 * The hooks of @webform-kit/react: status tracking through the proxy (push first, polling as
 * the fallback), the whole round trip as a state machine, and the return route.
 */
export { WebFormKitProvider, type WebFormKitProviderProps } from './WebFormKitProvider.tsx';
export { useWebFormStatus, type WebFormStatusResult } from './useWebFormStatus.ts';
export { useTaskStatus, type TaskStatusResult } from './useTaskStatus.ts';
export type { StatusOptions, StatusState } from './useStatus.ts';
export {
  useWebFormFlow,
  type WebFormFlowResult,
  type WebFormFlowOptions,
} from './useWebFormFlow.ts';
export {
  useReturnFlow,
  type ReturnFlowResult,
  type ReturnFlowOptions,
  type ReturnFlowState,
} from './useReturnFlow.ts';
export {
  deriveFlowView,
  type FlowScreen,
  type FlowState,
  type FlowView,
  type FlowViewInput,
} from './deriveFlowView.ts';
export {
  isFinalFlowOutcome,
  type FinalFlowOutcome,
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
export type { ErrorSummary, WebFormKitEvent, WebFormKitEventType } from './webFormKitEvent.ts';
export type { PushState } from './pushRegistry.ts';
export { statusQueryKey } from './snapshotModel.ts';
export {
  DEFAULT_POLL_INTERVAL_MS,
  DEFAULT_PUSH_POLL_INTERVAL_MS,
  MAX_BACKOFF_MS,
  MIN_POLL_INTERVAL_MS,
} from './pollingPolicy.ts';
export { DEFAULT_MAX_AGE_MS, DEFAULT_STORAGE_KEY } from './flowStorage.ts';
export { CHANNEL_NAME, type OutcomeMessage } from './outcomeChannel.ts';
