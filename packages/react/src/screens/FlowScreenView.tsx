import type { FlowSummary, WebFormKind } from '@webform-kit/core';
import {
  isFinalFlowOutcome,
  type FinalFlowOutcome,
  type FlowOutcome,
  type FlowScreen,
  type OpenIn,
} from '../hooks/index.ts';
import type { Messages } from '../i18n/Messages.ts';
import { AbortedScreen } from './AbortedScreen.tsx';
import { CheckingScreen } from './CheckingScreen.tsx';
import { CompletedScreen } from './CompletedScreen.tsx';
import { CompletedWithErrorScreen } from './CompletedWithErrorScreen.tsx';
import { ConnectionErrorScreen } from './ConnectionErrorScreen.tsx';
import { ExpiredScreen } from './ExpiredScreen.tsx';
import { RedirectScreen } from './RedirectScreen.tsx';
import { supportReferenceOf } from './supportReferenceOf.ts';
import type { HeadingLevel, ScreenActions } from './ScreenProps.ts';
import { WaitingScreen } from './WaitingScreen.tsx';
import { WebFormRequiredScreen } from './WebFormRequiredScreen.tsx';

/** What a flow (starting or returning) tells the screens. */
export interface FlowScreenState {
  screen: FlowScreen;
  /** The kind of web form, for the wording (a task's is `bank-connection-update`). */
  kind: WebFormKind;
  outcome: FlowOutcome | undefined;
  error: unknown;
  /** The web form's or task's id, for the reference shown to quote to customer support. */
  id?: string | null | undefined;
  /** What the flow is for, from the app's backend (the proxy's `prepare`). */
  summary?: FlowSummary | undefined;
  /** finAPI's `paymentId` of a failed payment form: the payment's result is then unknown. */
  paymentId?: number | null | undefined;
  expiresAt?: number | undefined;
  url?: string | null | undefined;
  openIn?: OpenIn | undefined;
  popupBlocked?: boolean | undefined;
  preparing?: boolean | undefined;
  /**
   * The outcome is the status finAPI's callback announced, pushed before the proxy's read
   * confirms it: ids and error codes follow. Meanwhile the error screen offers no Try again, as
   * the validated answer may still name a payment.
   */
  provisional?: boolean | undefined;
}

/** What the screens may ask the flow to do; a missing one hides its button. */
export interface FlowScreenActions {
  open?: (() => void) | undefined;
  /** The user opened the form through the fallback link shown when the popup was blocked. */
  openedThroughLink?: (() => void) | undefined;
  restart?: (() => void) | undefined;
  cancel?: (() => void) | undefined;
  retry?: (() => void) | undefined;
  continue?: ((outcome: FinalFlowOutcome) => void) | undefined;
}

export interface FlowScreenViewProps {
  state: FlowScreenState;
  actions: FlowScreenActions;
  supportUrl?: string | undefined;
  countdown?: number | undefined;
  /** The Continue button's text on the outcome screens. */
  continueLabel?: string | undefined;
  /** The outcome screens' buttons, or a function adding to them (the return route adds "close tab"). */
  outcomeActions?: ScreenActions;
  autoFocus: boolean;
  headingLevel?: HeadingLevel | undefined;
  messages?: Partial<Messages> | undefined;
  className?: string | undefined;
}

/** The screen for a flow's `screen` value, wired to the flow's actions. */
export function FlowScreenView({
  state,
  actions,
  supportUrl,
  countdown,
  continueLabel,
  outcomeActions,
  autoFocus,
  headingLevel,
  messages,
  className,
}: FlowScreenViewProps) {
  const common = { autoFocus, headingLevel, messages, className };
  const { outcome, kind, summary } = state;
  const url = state.url ?? undefined;
  const onRestart = state.provisional === true ? undefined : actions.restart;
  const ending = { ...common, kind, onRestart, actions: outcomeActions };
  const onContinue = actions.continue;
  const continueWith =
    onContinue && outcome && isFinalFlowOutcome(outcome) ? () => onContinue(outcome) : undefined;
  // The web form status the waiting screen words: the form's own, or the one a task waits for.
  const formStatus =
    outcome?.kind === 'pending'
      ? outcome.status
      : outcome?.kind === 'web-form-required'
        ? outcome.webForm.status
        : undefined;
  switch (state.screen) {
    case 'redirect':
      return (
        <RedirectScreen
          {...common}
          kind={kind}
          url={url}
          onOpen={actions.open}
          onLinkOpen={actions.openedThroughLink}
          popupBlocked={state.popupBlocked}
          openIn={state.openIn}
          preparing={state.preparing}
          countdown={countdown}
          onCancel={actions.cancel}
          summary={summary}
        />
      );
    case 'waiting':
      return (
        <WaitingScreen
          {...common}
          status={formStatus === 'NOT_YET_OPENED' ? formStatus : 'IN_PROGRESS'}
          expiresAt={state.expiresAt}
          url={url}
          onOpen={actions.open}
          onLinkOpen={actions.openedThroughLink}
          popupBlocked={state.popupBlocked}
          onRestart={actions.restart}
          onCancel={actions.cancel}
          summary={summary}
        />
      );
    case 'web-form-required':
      return (
        <WebFormRequiredScreen
          {...common}
          url={url}
          onOpen={actions.open}
          onLinkOpen={actions.openedThroughLink}
          popupBlocked={state.popupBlocked}
          openIn={state.openIn}
          onCancel={actions.cancel}
        />
      );
    case 'checking':
      return <CheckingScreen {...common} />;
    case 'completed':
      return (
        <CompletedScreen
          {...common}
          resource={outcome?.kind === 'completed' ? outcome.resource : undefined}
          kind={kind}
          summary={summary}
          paymentId={
            outcome?.kind === 'completed' && 'paymentId' in outcome ? outcome.paymentId : null
          }
          onContinue={outcome?.kind === 'completed' ? continueWith : undefined}
          continueLabel={continueLabel}
          actions={outcomeActions}
        />
      );
    case 'completed-with-error': {
      const errorCode = outcome?.kind === 'completed-with-error' ? outcome.errorCode : null;
      return (
        <CompletedWithErrorScreen
          {...ending}
          errorCode={errorCode}
          paymentId={state.paymentId}
          onContinue={continueWith}
          continueLabel={continueLabel}
          supportUrl={supportUrl}
          supportReference={supportReferenceOf(errorCode ?? 'ERROR', state.id)}
        />
      );
    }
    case 'expired':
      return <ExpiredScreen {...ending} />;
    case 'aborted':
      return <AbortedScreen {...ending} supportUrl={supportUrl} />;
    case 'connection-error':
      return (
        <ConnectionErrorScreen
          {...common}
          kind={kind}
          error={state.error}
          onRetry={actions.retry}
          onRestart={actions.restart}
          onCancel={actions.cancel}
          supportUrl={supportUrl}
        />
      );
  }
}
