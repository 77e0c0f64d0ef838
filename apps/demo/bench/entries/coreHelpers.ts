// The pure helpers of core an app may use on their own: none of them may bring in zod.
export {
  appendReturnParams,
  createReturnUrls,
  isAbsoluteHttpUrl,
  isFinalWebFormStatus,
  isResourceId,
  outcomeOf,
  parseFinapiTimestamp,
  parseReturn,
  WEB_FORM_STATUSES,
} from '@webform-kit/core';
