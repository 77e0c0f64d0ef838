import type { Task, WebForm } from '@webform-kit/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { buildWebFormUrl } from './buildWebFormUrl.ts';
import { createFlow, forgetCreation } from './createFlow.ts';
import { deriveFlowView } from './deriveFlowView.ts';
import type { FlowScreen, FlowState } from './deriveFlowView.ts';
import {
  DEFAULT_STORAGE_KEY,
  clearFlowRecord,
  dismissFlowRecord,
  isFresh,
  readFlowRecord,
  saveFlowRecord,
} from './flowStorage.ts';
import type { FlowRecord } from './flowStorage.ts';
import { isFinalFlowOutcome } from './flowTypes.ts';
import type {
  FinalFlowOutcome,
  FlowKind,
  FlowOutcome,
  FlowRequest,
  FlowResource,
  OpenIn,
  WebFormKitError,
} from './flowTypes.ts';
import { subscribeOutcomes } from './outcomeChannel.ts';
import type { PushState } from './pushRegistry.ts';
import { statusQueryKey, taskModel, webFormModel } from './snapshotModel.ts';
import { toKitError } from './toKitError.ts';
import { useEmit } from './useEmit.ts';
import { useIsHydrating } from './useIsHydrating.ts';
import { useLatest } from './useLatest.ts';
import { useTaskStatus } from './useTaskStatus.ts';
import { useWebFormStatus } from './useWebFormStatus.ts';
import { summariseError } from './webFormKitEvent.ts';
import type { WebFormKitEvent } from './webFormKitEvent.ts';
import { useWebFormKit } from './webFormKitContext.ts';

export interface WebFormFlowOptions<K extends FlowKind = FlowKind> {
  /** A core web form kind, or `'background-update'` for a bank connection update task. */
  kind: K;
  /** The create request body for that kind (core's types; the proxy sets the callbacks). */
  request: FlowRequest<K>;
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
  /** The `sessionStorage` key of this flow; give flows on one page different keys. */
  storageKey?: string | undefined;
  /** This flow's events, after the provider's `onEvent`. */
  onEvent?: ((event: WebFormKitEvent) => void) | undefined;
}

interface WebFormFlowBase {
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
  /** The web form URL with the return parameters, once there is one to open. */
  url: string | null;
  openIn: OpenIn;
  /** `window.open` was blocked: render `url` as a link (`target="_blank"`) for the user to click. */
  popupBlocked: boolean;
  /** The status event stream's state. */
  push: PushState;
  /** Creates the web form or task (when `autoStart` is off, or after `cancel()`). */
  start: () => void;
  /**
   * Sends the user to the web form. Call it in the click handler itself: for `new-tab` it calls
   * `window.open` synchronously, which popup blockers allow only inside a user gesture.
   */
  open: () => void;
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

/** What {@link useWebFormFlow} returns; `state` narrows `outcome` and `error`. */
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

interface Local {
  phase: 'idle' | 'creating' | 'tracking' | 'error';
  record: FlowRecord | null;
  error: WebFormKitError | null;
  popupBlocked: boolean;
}

const IDLE: Local = { phase: 'idle', record: null, error: null, popupBlocked: false };

/**
 * The whole round trip as a small state machine: `idle -> creating -> ready -> waiting ->
 * outcome`, plus `error`. It creates the web form (or background task) through the proxy,
 * appends the return parameters, sends the user there with `open()`, follows the status (push
 * first, polling as the fallback) and derives which screen applies. The flow is stored in
 * `sessionStorage` (30 min by default), so a reload or the trip to the bank and back resumes it
 * instead of creating another web form; StrictMode's double mount creates one, not two.
 *
 * @example
 * function Checkout() {
 *   const flow = useWebFormFlow({
 *     kind: 'standalone-payment',
 *     request: { orders: [{ amount: { value: 9.99, currency: 'EUR' }, recipient: { name: 'Shop', iban } }] },
 *     returnTo: `${window.location.origin}/checkout/return`,
 *   });
 *   return <div data-screen={flow.screen}><button onClick={flow.open} disabled={!flow.url}>Pay</button></div>;
 * }
 */
export function useWebFormFlow<K extends FlowKind>(
  options: WebFormFlowOptions<K>,
): WebFormFlowResult {
  const kit = useWebFormKit('useWebFormFlow');
  const { client, queryClient, maxAgeMs } = kit;
  const { kind, returnTo, customerSupportUrl } = options;
  const openIn: OpenIn = options.openIn ?? 'same-tab';
  const storageKey = options.storageKey ?? DEFAULT_STORAGE_KEY;
  const autoStart = options.autoStart ?? true;
  // Compared by value: an inline array must not rebuild the URL on every render.
  const originsKey = options.allowedOrigins?.join('\n');
  const emit = useEmit(kit, options.onEvent);
  const latestOptions = useLatest(options);

  const hydrating = useIsHydrating();
  // A stored flow is resumed in the very first client render, so a reload while waiting shows
  // the waiting (or checking) screen at once rather than a flash of the redirect screen. On the
  // server and while hydrating nothing is read: the effect below resumes it then.
  const [local, setLocalState] = useState<Local>(() => {
    if (hydrating) return IDLE;
    const stored = readFlowRecord(storageKey);
    return stored !== null && stored.kind === kind && isFresh(stored, Date.now(), maxAgeMs)
      ? { phase: 'tracking', record: stored, error: null, popupBlocked: false }
      : IDLE;
  });
  // The actions read the latest state synchronously (two clicks in one frame, StrictMode's second
  // effect run), so the state is mirrored in a ref as it is set.
  const localRef = useRef<Local>(local);
  const setLocal = useCallback((next: Local) => {
    localRef.current = next;
    setLocalState(next);
  }, []);
  const generation = useRef(0);

  const record = local.record;
  const webFormStatus = useWebFormStatus(record?.resource === 'web-form' ? record.id : null);
  const taskStatus = useTaskStatus(record?.resource === 'task' ? record.id : null);
  const status = record?.resource === 'task' ? taskStatus : webFormStatus;
  const snapshotOutcome: FlowOutcome | undefined =
    record?.resource === 'task' ? taskStatus.outcome : webFormStatus.outcome;

  const isSnapshotFinal = useCallback(
    (target: FlowRecord) => {
      const key = statusQueryKey(target.resource, target.id);
      if (target.resource === 'task') {
        const task = queryClient.getQueryData<Task>(key);
        return task !== undefined && taskModel.isFinal(task);
      }
      const webForm = queryClient.getQueryData<WebForm>(key);
      return webForm !== undefined && webFormModel.isFinal(webForm);
    },
    [queryClient],
  );

  // Ends what a cancelled or restarted creation produced after all.
  const abandon = useCallback(
    (stale: FlowRecord) => {
      clearFlowRecord(storageKey, stale);
      if (stale.resource === 'web-form') void client.deleteWebForm(stale.id).catch(() => {});
    },
    [client, storageKey],
  );

  const begin = useCallback(
    (fresh: boolean) => {
      generation.current += 1;
      const current = generation.current;
      if (fresh) forgetCreation(queryClient, storageKey);
      setLocal({ phase: 'creating', record: null, error: null, popupBlocked: false });
      const { request, allowedOrigins } = latestOptions.current;
      createFlow({
        queryClient,
        client,
        kind,
        request: request as FlowRequest<FlowKind>,
        storageKey,
        maxAgeMs,
        openIn,
        returnTo,
        allowedOrigins,
        customerSupportUrl,
        emit,
      }).then(
        (created) => {
          if (generation.current !== current) return abandon(created);
          setLocal({ phase: 'tracking', record: created, error: null, popupBlocked: false });
        },
        (caught: unknown) => {
          if (generation.current !== current) return;
          setLocal({
            phase: 'error',
            record: null,
            error: toKitError(caught),
            popupBlocked: false,
          });
        },
      );
    },
    [
      queryClient,
      client,
      kind,
      storageKey,
      maxAgeMs,
      openIn,
      returnTo,
      customerSupportUrl,
      emit,
      abandon,
      setLocal,
      latestOptions,
    ],
  );

  // Resume a stored flow, or start on mount. Once per mount: StrictMode's second run and later
  // option changes do nothing, and after cancel() nothing restarts by itself.
  const initialised = useRef(false);
  useEffect(() => {
    if (initialised.current) return;
    initialised.current = true;
    if (localRef.current.phase === 'tracking') return;
    const stored = readFlowRecord(storageKey);
    if (stored !== null && stored.kind === kind) {
      if (isFresh(stored, Date.now(), maxAgeMs)) {
        setLocal({ phase: 'tracking', record: stored, error: null, popupBlocked: false });
        return;
      }
      clearFlowRecord(storageKey, stored);
    }
    if (autoStart) begin(false);
  }, [storageKey, kind, maxAgeMs, autoStart, begin, setLocal]);

  // The web form to send the user to: the created one, or the one a task asks for.
  const formUrl =
    record?.resource === 'task'
      ? taskStatus.outcome?.kind === 'web-form-required'
        ? taskStatus.outcome.webForm.url
        : undefined
      : webFormStatus.webForm?.url;
  const built = useMemo((): { url: string | null; error: WebFormKitError | null } => {
    if (record === null || formUrl === undefined) return { url: null, error: null };
    const target = record.resource === 'task' ? { taskId: record.id } : { webFormId: record.id };
    try {
      const url = buildWebFormUrl(formUrl, target, record.state, {
        returnTo,
        allowedOrigins: originsKey?.split('\n'),
        customerSupportUrl,
      });
      return { url, error: null };
    } catch (error) {
      return { url: null, error: toKitError(error) };
    }
  }, [record, formUrl, returnTo, originsKey, customerSupportUrl]);

  const view = deriveFlowView({
    kind: record?.kind ?? kind,
    phase: built.error !== null ? 'error' : local.phase,
    opened: record?.opened ?? false,
    outcome: snapshotOutcome,
    expired: record?.resource === 'web-form' && webFormStatus.isExpired,
    statusError: status.error,
  });
  const error: WebFormKitError | null =
    view.state === 'outcome' ? null : (local.error ?? built.error ?? status.error);
  const url = view.state === 'outcome' ? null : built.url;
  const urlRef = useLatest(url);

  const start = useCallback(() => {
    if (localRef.current.phase === 'idle') begin(false);
  }, [begin]);

  const open = useCallback(() => {
    const current = localRef.current;
    const target = current.record;
    const href = urlRef.current;
    if (target === null || href === null) return;
    const step = { resource: target.resource, id: target.id, openIn } as const;
    if (openIn === 'new-tab') {
      // No await before this line: popup blockers only allow window.open inside the user's click.
      // No `noopener` either: it makes window.open return null, hiding a blocked popup, and the
      // return route uses window.opener to offer closing its tab.
      const opened = window.open(href, '_blank');
      if (opened === null) {
        setLocal({ ...current, popupBlocked: true });
        emit({ type: 'opened', ...step, popupBlocked: true });
        return;
      }
    }
    const next: FlowRecord = { ...target, opened: true };
    // Stored before leaving: the same-tab trip unloads this page right after.
    saveFlowRecord(storageKey, next, { crossTab: true, maxAgeMs });
    setLocal({ ...current, record: next, popupBlocked: false });
    emit({ type: 'opened', ...step, popupBlocked: false });
    if (openIn === 'same-tab') window.location.assign(href);
  }, [openIn, storageKey, maxAgeMs, emit, setLocal, urlRef]);

  const restart = useCallback(() => {
    const previous = localRef.current.record;
    if (previous !== null) {
      clearFlowRecord(storageKey, previous);
      // A form still pending would stay usable until it expires; end it like cancel() does.
      if (previous.resource === 'web-form' && !isSnapshotFinal(previous)) {
        void client.deleteWebForm(previous.id).catch(() => {});
      }
    }
    begin(true);
  }, [begin, client, storageKey, isSnapshotFinal]);

  const cancel = useCallback(async () => {
    const previous = localRef.current.record;
    generation.current += 1;
    forgetCreation(queryClient, storageKey);
    setLocal(IDLE);
    if (previous === null) return;
    clearFlowRecord(storageKey, previous);
    emit({ type: 'cancelled', resource: previous.resource, id: previous.id });
    if (previous.resource === 'web-form' && !isSnapshotFinal(previous)) {
      try {
        await client.deleteWebForm(previous.id);
      } catch (caught) {
        // The form stays usable until it expires; the user has left either way.
        emit({
          type: 'error',
          resource: previous.resource,
          id: previous.id,
          error: summariseError(caught),
        });
      }
    }
  }, [client, queryClient, storageKey, emit, setLocal, isSnapshotFinal]);

  const dismiss = useCallback(() => {
    dismissFlowRecord(storageKey, localRef.current.record);
  }, [storageKey]);

  const refetchWebForm = webFormStatus.refetch;
  const refetchTask = taskStatus.refetch;
  const refetchStatus = useCallback(
    (resource: FlowResource) => (resource === 'task' ? refetchTask() : refetchWebForm()),
    [refetchTask, refetchWebForm],
  );

  const retry = useCallback(() => {
    const current = localRef.current;
    if (current.record === null) {
      if (current.phase === 'error') begin(false);
      return;
    }
    void refetchStatus(current.record.resource);
  }, [begin, refetchStatus]);

  // Analytics: each status once, the outcome once, each error once.
  const snapshotStatus = record?.resource === 'task' ? taskStatus.status : webFormStatus.status;
  const taskWebFormStatus = taskStatus.webForm?.status;
  const lastStatus = useRef<string | null>(null);
  useEffect(() => {
    if (record === null || snapshotStatus === undefined) return;
    const key = `${record.id}:${snapshotStatus}:${taskWebFormStatus ?? ''}`;
    if (lastStatus.current === key) return;
    lastStatus.current = key;
    emit({
      type: 'status-changed',
      resource: record.resource,
      id: record.id,
      status: snapshotStatus,
      webFormStatus: record.resource === 'task' ? taskWebFormStatus : undefined,
    });
  }, [record, snapshotStatus, taskWebFormStatus, emit]);

  const finalOutcome = isFinalFlowOutcome(view.outcome) ? view.outcome : null;
  const reported = useRef<string | null>(null);
  useEffect(() => {
    if (record === null || finalOutcome === null || reported.current === record.id) return;
    reported.current = record.id;
    // A resumed flow that had already ended reports nothing new.
    if (record.finishedAt !== undefined) return;
    emit({ type: 'outcome', resource: record.resource, id: record.id, outcome: finalOutcome });
    // This tab only: a return landing in another tab is still the first, not a replay.
    saveFlowRecord(
      storageKey,
      { ...record, finishedAt: Date.now() },
      { crossTab: false, maxAgeMs },
    );
  }, [record, finalOutcome, storageKey, maxAgeMs, emit]);

  const lastError = useRef<WebFormKitError | null>(null);
  useEffect(() => {
    if (error === lastError.current) return;
    lastError.current = error;
    if (error === null) return;
    emit({
      type: 'error',
      resource: record?.resource,
      id: record?.id,
      error: summariseError(error),
    });
  }, [error, record, emit]);

  // Another tab received the return: ask the proxy now, even if this tab is hidden and paused.
  const recordId = record?.id;
  const recordResource = record?.resource;
  const ended = finalOutcome !== null;
  useEffect(() => {
    if (recordId === undefined || recordResource === undefined || ended) return;
    return subscribeOutcomes((message) => {
      if (message.id === recordId) void refetchStatus(recordResource);
    });
  }, [recordId, recordResource, ended, refetchStatus]);

  return {
    state: view.state,
    screen: view.screen,
    outcome: view.outcome,
    error,
    kind: record?.kind ?? kind,
    resource: record?.resource ?? null,
    id: record?.id ?? null,
    webForm: webFormStatus.webForm,
    task: taskStatus.task,
    expiresAt: webFormStatus.expiresAt,
    url,
    openIn,
    popupBlocked: local.popupBlocked,
    push: status.push,
    start,
    open,
    restart,
    cancel,
    retry,
    dismiss,
  } as WebFormFlowResult;
}
