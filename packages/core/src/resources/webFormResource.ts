import { isFinalWebFormStatus } from '../finalStatus.ts';
import { mergeWebForm } from '../mergeSnapshot.ts';
import { outcomeOf, type WebFormOutcome } from '../outcome.ts';
import { parseFinapiTimestamp } from '../parseFinapiTimestamp.ts';
import { WebFormSchema, type WebForm } from '../schemas/webForm.ts';
import type { ResourceDescriptor } from './ResourceDescriptor.ts';

/**
 * finAPI's web form, as the kit follows it.
 *
 * @example
 * webFormResource.isFinal(webForm) // COMPLETED, COMPLETED_WITH_ERROR, EXPIRED, ABORTED
 */
export const webFormResource: ResourceDescriptor<WebForm, WebFormOutcome> = {
  name: 'web-form',
  what: 'web form',
  schema: WebFormSchema,
  isFinal: (webForm) => isFinalWebFormStatus(webForm.status),
  merge: mergeWebForm,
  expiresAt: (webForm) => {
    const ms = parseFinapiTimestamp(webForm.expiresAt);
    return Number.isNaN(ms) ? undefined : ms;
  },
  outcome: outcomeOf,
};
