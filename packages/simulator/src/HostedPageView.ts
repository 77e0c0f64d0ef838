import type { WebFormType } from '@webform-kit/core';
import type { JourneyStep } from './journeyOf.ts';
import type { FormPurpose, HostedPageMessages } from './messages/index.ts';
import type { OrderSummary } from './orderSummaryOf.ts';
import type { PageTheme } from './Presentation.ts';
import type { SimulatorBank } from './simulatorBanks.ts';

/** The fields of the bank visit's steps that can be wrong. */
export type JourneyField = 'bank' | 'userId' | 'pin' | 'tan';

/** One step of the bank visit, with the demo controls beside it. */
export interface FormView {
  kind: 'form';
  id: string;
  type: WebFormType;
  pageToken: string;
  /**
   * What the page's form actions start with, so they resolve to `/wf/{id}/{action}` wherever the
   * simulator is mounted: `{id}/` on `/wf/{id}` itself, empty on `/wf/{id}/{action}`.
   */
  actionPrefix: string;
  step: JourneyStep;
  steps: readonly JourneyStep[];
  bank: SimulatorBank;
  summary: OrderSummary;
  expiresInMs: number;
  /** Fields the customer has to correct. */
  invalid: readonly JourneyField[];
  /** What the customer typed, given back after a mistake (never the PIN or the TAN). */
  userId: string;
}

/** What the hosted page shows; `kind` is also the page's `data-page` attribute. */
export type HostedPageView =
  | FormView
  | { kind: 'completed'; purpose: FormPurpose }
  | {
      kind: 'completed-with-error';
      errorCode: string;
      errorRedirectUrl: string | undefined;
      customerSupportUrl: string | undefined;
    }
  | { kind: 'aborted'; customerSupportUrl: string | undefined }
  | { kind: 'already-opened' }
  | { kind: 'expired' }
  | { kind: 'finished' }
  | { kind: 'not-found' }
  | { kind: 'forbidden' }
  | { kind: 'bad-request' };

/** How a page is dressed: its language, its theme, and the header's language selector. */
export interface PageDress {
  messages: HostedPageMessages;
  theme: PageTheme | null;
  /** Shown when the language is not fixed (the page can still post: it is a step of the form). */
  languageSelector: boolean;
}
