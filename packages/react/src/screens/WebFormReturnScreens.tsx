import { webFormKindOf } from '@webform-kit/core';
import type { ReactNode } from 'react';
import { useReturnFlow, type FinalFlowOutcome } from '../hooks/index.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { FlowScreenView } from './FlowScreenView.tsx';
import { ButtonVariantContext, ScreenButton } from './ScreenButton.tsx';
import { useScreenChangeFocus } from './useScreenChangeFocus.ts';
import type { WebFormReturnProps } from './WebFormReturn.tsx';

/**
 * The part of {@link WebFormReturn} that loads at mount, while the customer reads the checking
 * screen: the return flow's engine (reading the return URL, zod validation of every proxy answer)
 * through `useReturnFlow`, every outcome screen and its words. Not a public entry: `WebFormReturn`
 * imports it with `import()`, which makes it a chunk of its own in an app's bundle.
 */
export function WebFormReturnScreens({
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
        provisional: flow.provisional,
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
