/**
 * @webform-kit/core: the framework-free heart of webform-kit. Schemas of finAPI Web Form 2.0's
 * objects, the status model, the return-trip URL helpers and the typed proxy client. No React and
 * no Node-only module: it runs in browsers, workers, Node and edge runtimes.
 *
 * @packageDocumentation
 */

// finAPI's objects
// The pure values and helpers live apart from the schemas (top-level zod calls), so importing one
// of them does not bring in the validator.
export {
  WEB_FORM_STATUSES,
  type WebFormStatus,
  type FinalWebFormStatus,
  type PendingWebFormStatus,
} from './webFormStatuses.ts';
export { WebFormStatusSchema } from './schemas/webFormStatus.ts';
export {
  TASK_STATUSES,
  type TaskStatus,
  type FinalTaskStatus,
  type TaskType,
} from './taskStatuses.ts';
export { TaskStatusSchema, TaskTypeSchema } from './schemas/taskStatus.ts';
export { WEB_FORM_TYPES, type WebFormType } from './webFormTypes.ts';
export { WebFormTypeSchema } from './schemas/webFormType.ts';
export {
  KNOWN_WEB_FORM_ERROR_CODES,
  KNOWN_TASK_ERROR_CODES,
  isKnownWebFormErrorCode,
  type KnownWebFormErrorCode,
  type KnownTaskErrorCode,
  type WebFormErrorCode,
} from './knownErrorCodes.ts';
export { ErrorCodeSchema } from './schemas/errorCode.ts';
export { isResourceId } from './isResourceId.ts';
export { ResourceIdSchema } from './schemas/resourceId.ts';
export { parseFinapiTimestamp } from './parseFinapiTimestamp.ts';
export { TimestampSchema } from './schemas/timestamp.ts';
export { MAX_URL_LENGTH, isAbsoluteHttpUrl } from './isAbsoluteHttpUrl.ts';
export { HttpUrlSchema } from './schemas/httpUrl.ts';
export { PayloadSchema, type Payload } from './schemas/payload.ts';
export { WebFormSchema, type WebForm } from './schemas/webForm.ts';
export {
  TaskSchema,
  TaskPayloadSchema,
  WebFormInfoSchema,
  type Task,
  type TaskPayload,
  type WebFormInfo,
} from './schemas/task.ts';
export {
  WebFormCallbackSchema,
  TaskCallbackSchema,
  type WebFormCallback,
  type TaskCallback,
} from './schemas/callbacks.ts';
export { FINAPI_ERROR_CODES, type FinapiErrorCode } from './finapiErrorCodes.ts';
export {
  FinapiErrorSchema,
  InvalidFieldErrorSchema,
  ValidationErrorSchema,
  type FinapiError,
  type ValidationError,
} from './schemas/finapiError.ts';
export { FlowSummarySchema, type FlowSummary } from './schemas/flowSummary.ts';
export {
  TaskAnswerSchema,
  WebFormAnswerSchema,
  type TaskAnswer,
  type WebFormAnswer,
} from './schemas/proxyAnswer.ts';
export { stableStringify } from './stableStringify.ts';
export { formatIssues } from './formatIssues.ts';

// Kinds of web form
export {
  WEB_FORM_KINDS,
  finapiPathOf,
  isWebFormKind,
  webFormKindOf,
  webFormTypeOf,
  type WebFormKind,
} from './webFormKind.ts';

// The status model
export { isFinalWebFormStatus, isFinalTaskStatus, isFinalTask } from './finalStatus.ts';
export {
  outcomeOf,
  taskOutcomeOf,
  isFinalOutcome,
  resourceOf,
  type WebFormOutcome,
  type TaskOutcome,
  type CompletedOutcome,
  type CompletedWithErrorOutcome,
  type OutcomeKind,
} from './outcome.ts';
export { mergeWebForm, mergeTask } from './mergeSnapshot.ts';

// One descriptor per resource, shared by the hooks and the proxy
export type { ResourceDescriptor, ResourceName } from './resources/ResourceDescriptor.ts';
export { webFormResource } from './resources/webFormResource.ts';
export { taskResource } from './resources/taskResource.ts';

// The return trip
export {
  RETURN_PARAM_NAMES,
  ReturnUrlError,
  type ReturnParamName,
  type ReturnUrlErrorCode,
} from './returnUrlError.ts';
export { checkReturnUrl, normaliseOrigins } from './checkReturnUrl.ts';
export {
  appendReturnParams,
  type ReturnParams,
  type AppendReturnParamsOptions,
} from './appendReturnParams.ts';
export { createNonce, isNonce } from './createNonce.ts';
export {
  createReturnUrls,
  RETURN_QUERY,
  RETURN_VIAS,
  type ReturnUrls,
  type ReturnTarget,
  type ReturnVia,
} from './createReturnUrls.ts';
export {
  parseReturn,
  stripReturnParams,
  ReturnParseError,
  type ReturnInfo,
  type ParseReturnResult,
  type ReturnParseErrorCode,
} from './parseReturn.ts';

// The proxy client
export {
  createProxyClient,
  DEFAULT_TIMEOUT_MS,
  type ProxyClient,
  type ProxyClientOptions,
  type RequestOptions,
  type CreateWebFormBody,
  type CreateWebFormBodies,
  type CreateBackgroundUpdateBody,
} from './createProxyClient.ts';
export {
  ProxyError,
  isProxyError,
  parseRetryAfter,
  type ProxyErrorKind,
  type ProxyErrorDetails,
} from './proxyError.ts';
export { proxyRoutes, DEFAULT_BASE_URL } from './proxyRoutes.ts';
