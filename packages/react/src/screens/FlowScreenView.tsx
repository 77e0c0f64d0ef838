import type { WebFormKind } from '@webform-kit/core';
import type { FinalFlowOutcome, FlowOutcome, FlowScreen, OpenIn } from '../hooks/index.ts';
import type { Messages } from '../i18n/Messages.ts';
import { AbortedScreen } from './AbortedScreen.tsx';
import { CheckingScreen } from './CheckingScreen.tsx';
import { CompletedScreen } from './CompletedScreen.tsx';
import { CompletedWithErrorScreen } from './CompletedWithErrorScreen.tsx';
import { ConnectionErrorScreen } from './ConnectionErrorScreen.tsx';
import { ExpiredScreen } from './ExpiredScreen.tsx';
import { RedirectScreen } from './RedirectScreen.tsx';
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
  expiresAt?: number | undefined;
  url?: string | null | undefined;
  openIn?: OpenIn | undefined;
  popupBlocked?: boolean | undefined;
  preparing?: boolean | undefined;
}

/** What the screens may ask the flow to do; a missing one hides its button. */
export interface FlowScreenActions {
  open?: (() => void) | undefined;
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
  /** The outcome screens' buttons, or a function adding to them (the return route adds "close tab"). */
  outcomeActions?: ScreenActions;
  autoFocus: boolean;
  headingLevel?: HeadingLevel | undefined;
  messages?: Partial<Messages> | undefined;
  className?: string | undefined;
}

type PendingStatus = 'NOT_YET_OPENED' | 'IN_PROGRESS';

/** The web form status the waiting screen words: the form's own, or the one a task waits for. */
function waitingStatusOf(outcome: FlowOutcome | undefined): PendingStatus {
  if (outcome?.kind === 'pending' && outcome.status === 'NOT_YET_OPENED') return 'NOT_YET_OPENED';
  if (outcome?.kind === 'web-form-required' && outcome.webForm.status === 'NOT_YET_OPENED') {
    return 'NOT_YET_OPENED';
  }
  return 'IN_PROGRESS';
}

/** The screen for a flow's `screen` value, wired to the flow's actions. */
export function FlowScreenView({
  state,
  actions,
  supportUrl,
  countdown,
  outcomeActions,
  autoFocus,
  headingLevel,
  messages,
  className,
}: FlowScreenViewProps) {
  const common = { autoFocus, headingLevel, messages, className };
  const { outcome } = state;
  const url = state.url ?? undefined;
  switch (state.screen) {
    case 'redirect':
      return (
        <RedirectScreen
          {...common}
          kind={state.kind}
          url={url}
          onOpen={actions.open}
          popupBlocked={state.popupBlocked}
          openIn={state.openIn}
          preparing={state.preparing}
          countdown={countdown}
          onCancel={actions.cancel}
        />
      );
    case 'waiting':
      return (
        <WaitingScreen
          {...common}
          status={waitingStatusOf(outcome)}
          expiresAt={state.expiresAt}
          url={url}
          onOpen={actions.open}
          popupBlocked={state.popupBlocked}
          onRestart={actions.restart}
          onCancel={actions.cancel}
        />
      );
    case 'web-form-required':
      return (
        <WebFormRequiredScreen
          {...common}
          url={url}
          onOpen={actions.open}
          popupBlocked={state.popupBlocked}
          openIn={state.openIn}
          onCancel={actions.cancel}
        />
      );
    case 'checking':
      return <CheckingScreen {...common} />;
    case 'completed': {
      const done = outcome?.kind === 'completed' ? outcome : undefined;
      const onContinue = actions.continue;
      return (
        <CompletedScreen
          {...common}
          resource={done?.resource}
          kind={state.kind}
          onContinue={done && onContinue ? () => onContinue(done) : undefined}
          actions={outcomeActions}
        />
      );
    }
    case 'completed-with-error':
      return (
        <CompletedWithErrorScreen
          {...common}
          errorCode={outcome?.kind === 'completed-with-error' ? outcome.errorCode : null}
          onRestart={actions.restart}
          supportUrl={supportUrl}
          actions={outcomeActions}
        />
      );
    case 'expired':
      return <ExpiredScreen {...common} onRestart={actions.restart} actions={outcomeActions} />;
    case 'aborted':
      return (
        <AbortedScreen
          {...common}
          onRestart={actions.restart}
          supportUrl={supportUrl}
          actions={outcomeActions}
        />
      );
    case 'connection-error':
      return (
        <ConnectionErrorScreen
          {...common}
          error={state.error}
          onRetry={actions.retry}
          onCancel={actions.cancel}
        />
      );
  }
}
