import type { FlowSummary } from '../schemas/flowSummary.ts';
import type { ReturnVia } from '../createReturnUrls.ts';
import type { ProxyError } from '../proxyError.ts';
import type { Task } from '../schemas/task.ts';
import type { WebForm } from '../schemas/webForm.ts';
import type { FlowScreen } from './deriveFlowView.ts';
import type { FinalFlowOutcome, FlowOutcome, FlowResource } from './flowTypes.ts';
import type { PushState } from './pushRegistry.ts';
import type { ReturnFlowError } from './ReturnFlowError.ts';
import type { WebFormKitEvent } from './webFormKitEvent.ts';

export interface ReturnFlowOptions {
  /** The `sessionStorage` key the flow was started with (the flow's `storageKey`). */
  storageKey?: string | undefined;
  /** This return's events, after the provider's `onEvent`. */
  onEvent?: ((event: WebFormKitEvent) => void) | undefined;
}

/**
 * - `checking`: reading the return URL, or asking the proxy until the status is final (the
 *   redirect can arrive before finAPI has finalised the web form);
 * - `outcome`: the proxy's final outcome is known;
 * - `error`: the return URL is refused (`error` is a {@link ReturnFlowError}).
 */
export type ReturnFlowState = 'checking' | 'outcome' | 'error';

export interface ReturnFlowBase {
  /** Which `data-screen` applies; `null` for a refused return URL, which no screen explains. */
  screen: FlowScreen | null;
  resource: FlowResource | null;
  id: string | null;
  /** Which way the URL says the user came back. A hint only: `outcome` is the proxy's. */
  via: ReturnVia | null;
  webForm: WebForm | undefined;
  task: Task | undefined;
  expiresAt: number | undefined;
  /** What the flow is for, from the app's backend (see the flow's `summary`). */
  summary: FlowSummary | undefined;
  /** finAPI's payment id from the web form's payload (see the flow's `paymentId`). */
  paymentId: number | null;
  push: PushState;
  /** The outcome shown awaits the proxy's validated read (see the flow's `provisional`). */
  provisional: boolean;
  /**
   * This tab was opened for the web form (`window.opener` is set, or the flow opened it in a
   * new tab): the screen may offer to close it and go back to the tab that started the flow.
   */
  canCloseTab: boolean;
  /** `window.close()`; browsers only allow it for tabs a script opened. */
  closeTab: () => void;
  /** After a connection error: asks the proxy again now. */
  retry: () => void;
  /**
   * The user has moved on from the outcome: forgets this tab's stored flow, so starting the same
   * kind of flow again begins a new one (see the flow's `dismiss`).
   */
  dismiss: () => void;
}

/** What a return route reports (`useReturnFlow`, `FlowEngine.getReturnResult`); `state` narrows `outcome` and `error`. */
export type ReturnFlowResult = ReturnFlowBase &
  (
    | { state: 'checking'; outcome: FlowOutcome | undefined; error: ProxyError | null }
    | { state: 'outcome'; outcome: FinalFlowOutcome; error: null }
    | { state: 'error'; outcome: undefined; error: ReturnFlowError }
  );
