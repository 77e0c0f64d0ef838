import { useContext, useEffect, useState, type ReactNode } from 'react';
import {
  useWebFormFlow,
  WebFormKitProvider,
  type FinalFlowOutcome,
  type FlowKind,
  type WebFormFlowOptions,
} from '../hooks/index.ts';
import { WebFormKitContext } from '../hooks/webFormKitContext.ts';
import { I18nProvider } from '../i18n/I18nProvider.tsx';
import type { MessageCatalogue, Messages } from '../i18n/Messages.ts';
import { FlowScreenView } from './FlowScreenView.tsx';
import type { HeadingLevel } from './ScreenLayout.tsx';
import { useScreenChangeFocus } from './useScreenChangeFocus.ts';

/** How the screens of a flow look and read; shared by {@link WebFormFlow} and `WebFormReturn`. */
export interface FlowPresentationProps {
  /** Customer support, linked after an error or a cancellation. */
  supportUrl?: string | undefined;
  /** Moves on in the app from the completed screen; adds a Continue button. */
  onContinue?: ((outcome: FinalFlowOutcome) => void) | undefined;
  /** The Continue button's text, named for where it leads ("Back to the shop"); default "Continue". */
  continueLabel?: string | undefined;
  /**
   * Focus the first screen's heading too. Leave it off when the flow is part of a page that just
   * loaded; set it when the flow appears because of the user (a dialog, a step after a click).
   * Later screens always take focus.
   */
  autoFocus?: boolean | undefined;
  headingLevel?: HeadingLevel | undefined;
  /** The language, e.g. `de` from `@webform-kit/react/locales/de`; inherited when unset. */
  locale?: MessageCatalogue | undefined;
  /** Wording to replace, over the language's. */
  messages?: Partial<Messages> | undefined;
  className?: string | undefined;
  /** The proxy's base path when there is no `WebFormKitProvider` above (default `/api`). */
  baseUrl?: string | undefined;
}

export type WebFormFlowProps<K extends FlowKind = FlowKind> = WebFormFlowOptions<K> &
  FlowPresentationProps & {
    /** Seconds after which the redirect screen opens the form by itself (same tab only). */
    countdown?: number | undefined;
    /**
     * Called after the user cancelled and the flow was abandoned, to take them elsewhere. Without
     * it the aborted screen shows, with Start again.
     */
    onCancel?: (() => void) | undefined;
  };

/** Wraps in a provider only what lacks one, so the component works on its own in one line. */
export function KitBoundary({
  baseUrl,
  children,
}: {
  baseUrl?: string | undefined;
  children: ReactNode;
}) {
  const kit = useContext(WebFormKitContext);
  return kit === null ? (
    <WebFormKitProvider baseUrl={baseUrl}>{children}</WebFormKitProvider>
  ) : (
    children
  );
}

/** Sets the language only when one is given, so an outer I18nProvider keeps working. */
export function LocaleBoundary({
  locale,
  messages,
  children,
}: {
  locale?: MessageCatalogue | undefined;
  messages?: Partial<Messages> | undefined;
  children: ReactNode;
}) {
  return locale || messages ? (
    <I18nProvider locale={locale} messages={messages}>
      {children}
    </I18nProvider>
  ) : (
    children
  );
}

/**
 * The whole round trip in one line: creates the web form (or background update) through the
 * proxy from `input` (`request` is its old name), shows the redirect screen, opens finAPI's form,
 * waits, and shows the outcome, each on the screen of its `data-screen`, with what the app's
 * backend said the flow is for (`summary`: amount, payee, purpose) and, once completed, a receipt. Focus moves to each new screen's heading and the change is
 * announced. Use `useWebFormFlow` and the screens directly for anything this does not cover.
 *
 * @example
 * <WebFormFlow
 *   kind="bank-connection-import"
 *   input={{ bank: { search: 'DEMO' } }}
 *   openIn="new-tab"
 *   supportUrl="https://bank.example/help"
 *   onContinue={() => navigate('/accounts')}
 * />
 */
export function WebFormFlow<K extends FlowKind>(props: WebFormFlowProps<K>) {
  return (
    <KitBoundary baseUrl={props.baseUrl}>
      <LocaleBoundary locale={props.locale} messages={props.messages}>
        <FlowScreens {...props} />
      </LocaleBoundary>
    </KitBoundary>
  );
}

function FlowScreens<K extends FlowKind>({
  supportUrl,
  onContinue,
  continueLabel,
  onCancel,
  countdown,
  autoFocus,
  headingLevel,
  className,
  ...options
}: WebFormFlowProps<K>) {
  const flow = useWebFormFlow(options);
  // Cancelling leaves the engine idle (nothing followed, nothing stored), whose screen is the
  // redirect screen again, as if the click had done nothing. With an onCancel the app takes the
  // user elsewhere; without one, the screen says it was cancelled and offers to start again, as
  // when the user cancels in finAPI's form.
  const [cancelled, setCancelled] = useState(false);
  const showCancelled = cancelled && flow.state === 'idle';
  const screen = showCancelled ? 'aborted' : flow.screen;
  const focus = useScreenChangeFocus(screen, autoFocus);

  // A click while the form is still being created (or before it was started) is kept: in the
  // same tab nothing stops the kit from going on once the URL is there. A new tab must come from
  // the click itself, so there the user clicks again once the button is ready.
  const [wantsOpen, setWantsOpen] = useState(false);
  const { url, openIn, open, start, state } = flow;
  useEffect(() => {
    if (wantsOpen && url !== null && openIn === 'same-tab') {
      setWantsOpen(false);
      open();
    }
  }, [wantsOpen, url, openIn, open]);

  const handleOpen = () => {
    if (state === 'idle') start();
    if (url === null) setWantsOpen(true);
    else open();
  };
  const handleCancel = () => {
    setWantsOpen(false);
    if (onCancel === undefined) setCancelled(true);
    void flow.cancel().then(() => onCancel?.());
  };
  const handleStartAgain = () => {
    setCancelled(false);
    start();
  };

  return (
    <FlowScreenView
      state={{
        screen,
        kind: flow.kind === 'background-update' ? 'bank-connection-update' : flow.kind,
        outcome: flow.outcome,
        error: flow.error,
        id: flow.id,
        summary: flow.summary,
        paymentId: flow.paymentId,
        provisional: flow.provisional,
        expiresAt: flow.expiresAt,
        url: flow.url,
        openIn: flow.openIn,
        popupBlocked: flow.popupBlocked,
        preparing: flow.state === 'creating' || (flow.state !== 'idle' && flow.url === null),
      }}
      actions={{
        open: handleOpen,
        openedThroughLink: flow.openedThroughLink,
        restart: showCancelled ? handleStartAgain : flow.restart,
        cancel: handleCancel,
        retry: flow.retry,
        // Moving on from the outcome: the next visit to this flow starts a new web form.
        continue:
          onContinue &&
          ((outcome: FinalFlowOutcome) => {
            flow.dismiss();
            onContinue(outcome);
          }),
      }}
      supportUrl={supportUrl ?? options.customerSupportUrl}
      countdown={openIn === 'same-tab' ? countdown : undefined}
      continueLabel={continueLabel}
      autoFocus={focus}
      headingLevel={headingLevel}
      className={className}
    />
  );
}
