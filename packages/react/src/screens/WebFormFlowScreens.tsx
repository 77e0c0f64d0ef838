import { useEffect, useRef, useState } from 'react';
import { useWebFormFlow, type FinalFlowOutcome, type FlowKind } from '../hooks/index.ts';
import { useLatest } from '../hooks/useLatest.ts';
import { FlowScreenView } from './FlowScreenView.tsx';
import { useScreenChangeFocus } from './useScreenChangeFocus.ts';
import type { FlowIntent, WebFormFlowProps } from './WebFormFlow.tsx';

export interface WebFormFlowScreensProps<
  K extends FlowKind = FlowKind,
> extends WebFormFlowProps<K> {
  /** What the user pressed on the redirect screen while this chunk was loading. */
  intent?: FlowIntent | undefined;
}

/**
 * The part of {@link WebFormFlow} that loads at mount, while the customer reads the redirect
 * screen: the flow engine (status tracking, zod validation of every proxy answer) through
 * `useWebFormFlow`, every later screen and its words. Not a public entry: `WebFormFlow` imports it
 * with `import()`, which makes it a chunk of its own in an app's bundle.
 */
export function WebFormFlowScreens<K extends FlowKind>({
  intent,
  supportUrl,
  onContinue,
  continueLabel,
  onCancel,
  countdown,
  autoFocus,
  headingLevel,
  className,
  ...options
}: WebFormFlowScreensProps<K>) {
  const flow = useWebFormFlow(options);
  // Cancelling leaves the engine idle (nothing followed, nothing stored), whose screen is the
  // redirect screen again, as if the click had done nothing. With an onCancel the app takes the
  // user elsewhere; without one, the screen says it was cancelled and offers to start again, as
  // when the user cancels in finAPI's form.
  const [cancelled, setCancelled] = useState(false);
  const showCancelled = cancelled && flow.state === 'idle';
  const screen = showCancelled ? 'aborted' : flow.screen;
  // A click on the first chunk's redirect screen replaced that screen with this one: give the
  // heading the focus the vanished button had.
  const focus = useScreenChangeFocus(screen, autoFocus || intent !== undefined);

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

  // The click made before this chunk arrived, taken now, once (StrictMode's second effect finds
  // it taken). start() does nothing once the engine has begun creating on its own.
  const pending = useRef(intent);
  const actOnPending = useLatest(() => {
    const first = pending.current;
    pending.current = undefined;
    if (first === 'open') handleOpen();
    else if (first === 'cancel') handleCancel();
  });
  useEffect(() => actOnPending.current(), [actOnPending]);

  return (
    <FlowScreenView
      // The flow's own fields under the names the screens read (outcome, error, id, summary,
      // paymentId, provisional, expiresAt, url, openIn, popupBlocked).
      state={{
        ...flow,
        screen,
        kind: flow.kind === 'background-update' ? 'bank-connection-update' : flow.kind,
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
