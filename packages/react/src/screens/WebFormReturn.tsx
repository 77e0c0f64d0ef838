import { webFormKindOf } from '@webform-kit/core';
import type { ReactNode } from 'react';
import { useReturnFlow, type ReturnFlowOptions } from '../hooks/index.ts';
import type { FinalFlowOutcome, ReturnFlowError } from '../hooks/index.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { FlowScreenView } from './FlowScreenView.tsx';
import { ButtonVariantContext, ScreenButton } from './ScreenButton.tsx';
import { useScreenChangeFocus } from './useScreenChangeFocus.ts';
import { KitBoundary, LocaleBoundary, type FlowPresentationProps } from './WebFormFlow.tsx';

export interface WebFormReturnProps extends ReturnFlowOptions, FlowPresentationProps {
  /** Starts over from the app's start page (expired, aborted, failed); adds the button. */
  onRestart?: (() => void) | undefined;
  /**
   * What to show when the return URL is refused (tampered, replayed, too old, or from another
   * browser): no screen explains that to a user, so by default nothing; usually a redirect home.
   */
  fallback?: ((error: ReturnFlowError) => ReactNode) | undefined;
}

/**
 * The app's return route in one line: reads the return URL, shows the checking screen while the
 * proxy confirms the outcome (the URL's parameters are only a hint) and then the outcome's screen.
 * In a tab opened for the form it also offers to close the tab.
 *
 * @example
 * // at the route given as `returnTo`
 * <WebFormReturn supportUrl="/help" onContinue={() => navigate('/accounts')} onRestart={() => navigate('/connect')} />
 */
export function WebFormReturn(props: WebFormReturnProps) {
  return (
    <KitBoundary baseUrl={props.baseUrl}>
      <LocaleBoundary locale={props.locale} messages={props.messages}>
        <ReturnScreens {...props} />
      </LocaleBoundary>
    </KitBoundary>
  );
}

function ReturnScreens({
  storageKey,
  onEvent,
  supportUrl,
  onContinue,
  continueLabel,
  onRestart,
  fallback,
  autoFocus,
  headingLevel,
  className,
}: WebFormReturnProps) {
  const flow = useReturnFlow({ storageKey, onEvent });
  const { t } = useI18n();
  // Moving on from the outcome (Continue, Start again): the next visit to the flow starts anew.
  const { dismiss } = flow;
  const handleContinue =
    onContinue &&
    ((outcome: FinalFlowOutcome) => {
      dismiss();
      onContinue(outcome);
    });
  const handleRestart =
    onRestart &&
    (() => {
      dismiss();
      onRestart();
    });
  const focus = useScreenChangeFocus(flow.screen ?? 'refused', autoFocus);
  if (flow.state === 'error') return fallback ? fallback(flow.error) : null;

  const kind = flow.webForm ? webFormKindOf(flow.webForm.type) : 'bank-connection-update';
  const outcome = flow.state === 'outcome' ? flow.outcome : undefined;

  // In a tab opened for the form, the tab that started the flow shows the outcome too: closing
  // this one is the main action, and the outcome's own buttons (which would make this tab a
  // second copy of the app) step back to secondary.
  const outcomeActions =
    flow.canCloseTab && outcome
      ? (defaults: ReactNode) => (
          <>
            <ScreenButton onClick={flow.closeTab}>{t('common.closeTab')}</ScreenButton>
            <ButtonVariantContext.Provider value="secondary">
              {defaults}
            </ButtonVariantContext.Provider>
          </>
        )
      : undefined;

  return (
    <FlowScreenView
      state={{
        screen: flow.screen ?? 'checking',
        kind,
        outcome: flow.outcome,
        error: flow.error,
        id: flow.id,
        summary: flow.summary,
        paymentId: flow.paymentId,
        expiresAt: flow.expiresAt,
      }}
      actions={{ restart: handleRestart, retry: flow.retry, continue: handleContinue }}
      supportUrl={supportUrl}
      continueLabel={continueLabel}
      outcomeActions={outcomeActions}
      autoFocus={focus}
      headingLevel={headingLevel}
      className={className}
    />
  );
}
