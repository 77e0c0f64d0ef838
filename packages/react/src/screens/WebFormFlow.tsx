import type { FinalFlowOutcome, FlowKind, WebFormFlowOptions } from '@webform-kit/core/flow';
import { useContext, useState, type ReactNode } from 'react';
import { WebFormKitContext } from '../hooks/webFormKitContext.ts';
import { WebFormKitProvider } from '../hooks/WebFormKitProvider.tsx';
import { I18nProvider } from '../i18n/I18nProvider.tsx';
import type { MessageCatalogue, Messages } from '../i18n/Messages.ts';
import { loadedWebFormFlowScreens, loadWebFormFlowScreens } from './loadWebFormFlowScreens.ts';
import { CheckingScreen } from './CheckingScreen.tsx';
import { LoadErrorScreen } from './LoadErrorScreen.tsx';
import { RedirectScreen } from './RedirectScreen.tsx';
import type { HeadingLevel } from './ScreenLayout.tsx';
import { useLazyChunk } from './useLazyChunk.ts';
import { useStoredFlow } from './useStoredFlow.ts';

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

/**
 * Sets the language and wording when given. Without them an I18nProvider passes the outer
 * language and overrides through unchanged, so an outer I18nProvider keeps working.
 */
export const LocaleBoundary = I18nProvider;

/** What the user pressed on the redirect screen before the flow's chunk arrived. */
export type FlowIntent = 'open' | 'cancel';

/**
 * The whole round trip in one line: creates the web form (or background update) through the
 * proxy from `input` (`request` is its old name), shows the redirect screen, opens finAPI's form,
 * waits, and shows the outcome, each on the screen of its `data-screen`, with what the app's
 * backend said the flow is for (`summary`: amount, payee, purpose) and, once completed, a receipt. Focus moves to each new screen's heading and the change is
 * announced. Use `useWebFormFlow` and the screens directly for anything this does not cover.
 *
 * Loaded in two parts: the redirect screen comes with this component; the flow engine (status
 * tracking and the validation of every proxy answer), the later screens and their words are a
 * chunk requested at mount, which arrives while the customer reads the redirect screen. A click
 * on its button before then is kept and acted on when the chunk is there; if the chunk cannot be
 * loaded, the connection-error screen offers to try again.
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
  // On the server and at hydration the redirect screen first (see useLazyChunk).
  const [chunk, retry] = useLazyChunk(loadWebFormFlowScreens, loadedWebFormFlowScreens);
  const [intent, setIntent] = useState<FlowIntent | undefined>(undefined);
  const resumes = useStoredFlow(props, chunk === undefined);

  const { autoFocus, headingLevel, className } = props;
  return (
    <KitBoundary baseUrl={props.baseUrl}>
      <I18nProvider locale={props.locale} messages={props.messages}>
        {chunk === 'failed' ? (
          <LoadErrorScreen
            autoFocus
            headingLevel={headingLevel}
            className={className}
            onRetry={retry}
          />
        ) : chunk !== undefined ? (
          <chunk.WebFormFlowScreens {...props} intent={intent} />
        ) : props.kind === 'background-update' || resumes ? (
          // A background update starts by itself, without the redirect screen: it checks at once.
          // So does a flow this tab stored (a reload while the customer is at the bank).
          <CheckingScreen autoFocus={autoFocus} headingLevel={headingLevel} className={className} />
        ) : (
          <RedirectScreen
            kind={props.kind}
            openIn={props.openIn}
            // After a click the button says the form is being prepared, as it does while it is
            // created. A new tab must open inside a click on a ready button (popup blockers
            // refuse it later), so in new-tab mode the button is not ready until the chunk is
            // there and the form created.
            preparing={intent === 'open' || props.openIn === 'new-tab'}
            onOpen={() => setIntent('open')}
            onCancel={() => setIntent('cancel')}
            autoFocus={autoFocus}
            headingLevel={headingLevel}
            className={className}
          />
        )}
      </I18nProvider>
    </KitBoundary>
  );
}
