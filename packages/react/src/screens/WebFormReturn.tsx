import type { ReactNode } from 'react';
import type { ReturnFlowError, ReturnFlowOptions } from '../hooks/index.ts';
import { CheckingScreen } from './CheckingScreen.tsx';
import { LoadErrorScreen } from './LoadErrorScreen.tsx';
import {
  loadedWebFormReturnScreens,
  loadWebFormReturnScreens,
} from './loadWebFormReturnScreens.ts';
import { useLazyChunk } from './useLazyChunk.ts';
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
 * Loaded in two parts, as `WebFormFlow` is: the checking screen comes with this component; the
 * return flow's engine (reading the return URL, the validation of every proxy answer), the
 * outcome screens and their words are a chunk requested at mount (in an app that also shows
 * `WebFormFlow`, what the two chunks share is one chunk, loaded once). The return URL is read
 * once that chunk is there; if it cannot be loaded, the connection-error screen offers to try
 * again.
 *
 * @example
 * // at the route given as `returnTo`
 * <WebFormReturn supportUrl="/help" onContinue={() => navigate('/accounts')} onRestart={() => navigate('/connect')} />
 */
export function WebFormReturn(props: WebFormReturnProps) {
  return (
    <KitBoundary baseUrl={props.baseUrl}>
      <LocaleBoundary locale={props.locale} messages={props.messages}>
        <ReturnLoader {...props} />
      </LocaleBoundary>
    </KitBoundary>
  );
}

function ReturnLoader(props: WebFormReturnProps) {
  // On the server and at hydration the checking screen first, which is also the first screen of
  // useReturnFlow (it reads the URL in an effect), so the markup matches either way.
  const [chunk, retry] = useLazyChunk(loadWebFormReturnScreens, loadedWebFormReturnScreens);
  if (chunk !== undefined && chunk !== 'failed') return <chunk.WebFormReturnScreens {...props} />;
  const { autoFocus, headingLevel, className } = props;
  if (chunk === 'failed') {
    return (
      <LoadErrorScreen
        autoFocus
        headingLevel={headingLevel}
        className={className}
        onRetry={retry}
      />
    );
  }
  return <CheckingScreen autoFocus={autoFocus} headingLevel={headingLevel} className={className} />;
}
