import type { FlowSummary } from '../schemas/flowSummary.ts';
import type { Task } from '../schemas/task.ts';
import type { WebForm } from '../schemas/webForm.ts';
import type { FlowScreen, FlowState } from './deriveFlowView.ts';
import type {
  FinalFlowOutcome,
  FlowInput,
  FlowKind,
  FlowOutcome,
  FlowRequest,
  FlowResource,
  OpenIn,
  WebFormKitError,
} from './flowTypes.ts';
import type { PushState } from './pushRegistry.ts';
import type { WebFormKitEvent } from './webFormKitEvent.ts';

export interface WebFormFlowOptions<K extends FlowKind = FlowKind> {
  /** A core web form kind, or `'background-update'` for a bank connection update task. */
  kind: K;
  /**
   * What the app's backend needs to decide the flow, sent as the creation's JSON body: with the
   * proxy's `prepare`, the app's own input (`{ orderId: '1042' }`), from which the backend makes
   * finAPI's body, reference and summary; without it (bank connections, `trustBrowserInput`),
   * the kind's create body. Default `{}`. The flow is stored and resumed under its kind and this
   * input (keys sorted), so the flow for order B never resumes order A's. The input names the
   * flow: keep it stable (an order id); a value that changes on every render (a timestamp) makes
   * a new flow each time.
   */
  input?: FlowInput | undefined;
  /**
   * The old name of `input`, kept working: the kind's create body. Give one of the two; both at
   * once is a `TypeError`.
   *
   * @deprecated Use `input`.
   */
  request?: FlowRequest<K> | undefined;
  /**
   * The app's return route, absolute (`https://shop.example/return`). The web form sends the
   * user back there with the id, the `state` nonce and `via`; read it with `useReturnFlow()`.
   * Without it no return URLs are appended (finAPI's form then tries to close its tab).
   */
  returnTo?: string | undefined;
  /** Origins `returnTo` and `customerSupportUrl` may point at. Default: the page's own origin. */
  allowedOrigins?: readonly string[] | undefined;
  /** A support link finAPI's form offers on error or cancel. */
  customerSupportUrl?: string | undefined;
  /** `same-tab` (default: `location.assign`) or `new-tab` (`window.open` in the click). */
  openIn?: OpenIn | undefined;
  /**
   * Create the web form on mount (default `true`, for a screen that says "you will be
   * redirected"); with `false`, `start()` creates it. A stored flow is resumed either way.
   */
  autoStart?: boolean | undefined;
  /**
   * The `sessionStorage` key of this flow, instead of the one made of its kind and input (see
   * `flowStorageKey`). With one, the app decides which flows are the same: a second flow under
   * the same key resumes the first.
   */
  storageKey?: string | undefined;
  /** This flow's events, after the provider's `onEvent`. */
  onEvent?: ((event: WebFormKitEvent) => void) | undefined;
}

export interface WebFormFlowBase {
  /** Which `data-screen` shows this state. */
  screen: FlowScreen;
  kind: FlowKind;
  /** What the flow follows once created. */
  resource: FlowResource | null;
  id: string | null;
  /** The latest web form snapshot (web form kinds). */
  webForm: WebForm | undefined;
  /** The latest task snapshot (`background-update`); its `payload.webForm` when one is needed. */
  task: Task | undefined;
  /** When the web form's URL stops working (ms); unknown for a task's web form. */
  expiresAt: number | undefined;
  /**
   * What the flow is for, as the app's backend (the proxy's `prepare`) described it: amount,
   * payee, purpose, reference. The latest the proxy sent; `undefined` without one.
   */
  summary: FlowSummary | undefined;
  /**
   * finAPI's payment id from the web form's payload, once it names one: the receipt's on
   * `completed`, and on `completed-with-error` the sign that a payment may exist at the bank.
   */
  paymentId: number | null;
  /** The web form URL with the return parameters, once there is one to open. */
  url: string | null;
  openIn: OpenIn;
  /** `window.open` was blocked: render `url` as a link (`target="_blank"`) for the user to click. */
  popupBlocked: boolean;
  /** The status event stream's state. */
  push: PushState;
  /**
   * The outcome shown is the status finAPI's callback announced, pushed before the proxy's read
   * of finAPI confirms it: `paymentId` and an error code are not known yet and arrive with the
   * validated snapshot (which also reports the `outcome` event and may correct the outcome).
   */
  provisional: boolean;
  /** Creates the web form or task (when `autoStart` is off, or after `cancel()`). */
  start: () => void;
  /**
   * Sends the user to the web form. Call it in the click handler itself: for `new-tab` it calls
   * `window.open` synchronously, which popup blockers allow only inside a user gesture.
   */
  open: () => void;
  /**
   * Call it from the click on the link offered while `popupBlocked` (the link itself opens the
   * form): records that the user went to the web form, as `open()` does when it succeeds.
   */
  openedThroughLink: () => void;
  /** A fresh web form or task (after expired, aborted or failed ones); ends a pending old one. */
  restart: () => void;
  /**
   * Abandons the flow: deletes a pending web form at the proxy (`DELETE /webforms/{id}`), forgets
   * the stored flow, and returns to `idle` (no outcome; `start()` begins again). Tasks cannot be
   * deleted, so for them the flow is only forgotten.
   */
  cancel: () => Promise<void>;
  /** After an error: asks for the status again now, or repeats a failed creation. */
  retry: () => void;
  /**
   * The user has moved on from the outcome (a Continue button): forgets the stored flow, so the
   * next mount of this flow starts a new web form instead of showing this outcome again. Until
   * then a reload shows the outcome, as it should. The flow itself stays as it is.
   */
  dismiss: () => void;
}

/** What a flow reports (`useWebFormFlow`, `FlowEngine.getResult`); `state` narrows `outcome` and `error`. */
export type WebFormFlowResult = WebFormFlowBase &
  (
    | { state: 'outcome'; outcome: FinalFlowOutcome; error: null }
    | { state: 'error'; outcome: FlowOutcome | undefined; error: WebFormKitError }
    | {
        state: Exclude<FlowState, 'outcome' | 'error'>;
        outcome: FlowOutcome | undefined;
        error: WebFormKitError | null;
      }
  );
