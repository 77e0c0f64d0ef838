import { parseReturn, stripReturnParams } from '@webform-kit/core';
import type { ProxyError, ReturnVia, Task, WebForm } from '@webform-kit/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { FlowScreen } from './deriveFlowView.ts';
import {
  DEFAULT_STORAGE_KEY,
  findFlowRecordByState,
  isFresh,
  readFlowRecord,
  dismissFlowRecord,
  saveFlowRecord,
} from './flowStorage.ts';
import type { FlowRecord } from './flowStorage.ts';
import { isFinalFlowOutcome } from './flowTypes.ts';
import type { FinalFlowOutcome, FlowOutcome, FlowResource } from './flowTypes.ts';
import { postOutcome } from './outcomeChannel.ts';
import type { PushState } from './pushRegistry.ts';
import { ReturnFlowError } from './ReturnFlowError.ts';
import type { ReturnFlowErrorReason } from './ReturnFlowError.ts';
import { useEmit } from './useEmit.ts';
import { useTaskStatus } from './useTaskStatus.ts';
import { useWebFormStatus } from './useWebFormStatus.ts';
import { summariseError } from './webFormKitEvent.ts';
import type { WebFormKitEvent } from './webFormKitEvent.ts';
import { useWebFormKit } from './webFormKitContext.ts';

export interface ReturnFlowOptions {
  /** The `sessionStorage` key the flow was started with (`useWebFormFlow`'s `storageKey`). */
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

interface ReturnFlowBase {
  /** Which `data-screen` applies; `null` for a refused return URL, which no screen explains. */
  screen: FlowScreen | null;
  resource: FlowResource | null;
  id: string | null;
  /** Which way the URL says the user came back. A hint only: `outcome` is the proxy's. */
  via: ReturnVia | null;
  webForm: WebForm | undefined;
  task: Task | undefined;
  expiresAt: number | undefined;
  push: PushState;
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
   * kind of flow again begins a new one (see `useWebFormFlow`'s `dismiss`).
   */
  dismiss: () => void;
}

/** What {@link useReturnFlow} returns; `state` narrows `outcome` and `error`. */
export type ReturnFlowResult = ReturnFlowBase &
  (
    | { state: 'checking'; outcome: FlowOutcome | undefined; error: ProxyError | null }
    | { state: 'outcome'; outcome: FinalFlowOutcome; error: null }
    | { state: 'error'; outcome: undefined; error: ReturnFlowError }
  );

interface Accepted {
  record: FlowRecord;
  via: ReturnVia | null;
}

function replaceAddress(href: string): void {
  try {
    window.history.replaceState(window.history.state, '', stripReturnParams(href));
  } catch {
    // A sandboxed frame may refuse; the parameters are checked against storage either way.
  }
}

/**
 * For the app's return route (the `returnTo` of `useWebFormFlow`). Reads the return URL with
 * core's `parseReturn`, checks its `state` nonce against the flow stored in this browser,
 * removes the parameters from the address bar, and reports `checking` until the proxy's final
 * outcome is known. A tampered or stale URL never shows a success: an unknown, foreign or
 * mismatched state or id is an `invalid-return`, a replayed or too old one a `stale-return`, and
 * even a valid return shows the proxy's outcome, never the URL's `via`. When the return lands in
 * another tab than the one that started the flow, that tab is told over `BroadcastChannel`.
 *
 * @example
 * function ReturnPage() {
 *   const flow = useReturnFlow();
 *   if (flow.state === 'error') return <Navigate to="/" />;
 *   return <div data-screen={flow.screen}>{flow.state === 'outcome' ? flow.outcome.kind : '…'}</div>;
 * }
 */
export function useReturnFlow(options: ReturnFlowOptions = {}): ReturnFlowResult {
  const kit = useWebFormKit('useReturnFlow');
  const { maxAgeMs } = kit;
  const storageKey = options.storageKey ?? DEFAULT_STORAGE_KEY;
  const emit = useEmit(kit, options.onEvent);

  const [accepted, setAccepted] = useState<Accepted | null>(null);
  const [refused, setRefused] = useState<ReturnFlowError | null>(null);
  const [canCloseTab, setCanCloseTab] = useState(false);

  // Once per mount: the first run strips the address bar, so StrictMode's second run would
  // otherwise read a URL without parameters.
  const processed = useRef(false);
  useEffect(() => {
    if (processed.current) return;
    processed.current = true;
    const href = window.location.href;
    const now = Date.now();
    const refuse = (reason: ReturnFlowErrorReason, message: string) => {
      setRefused(new ReturnFlowError(reason, message));
    };
    const accept = (record: FlowRecord, via: ReturnVia | null) => {
      setCanCloseTab(
        (typeof window.opener === 'object' && window.opener !== null) ||
          record.openIn === 'new-tab',
      );
      setAccepted({ record, via });
    };

    const parsed = parseReturn(href);
    if (!parsed.ok) {
      if (parsed.error.code === 'not-a-return') {
        // A reload after the parameters were removed: carry on with the return this tab
        // accepted (checking again, or showing its outcome again).
        const own = readFlowRecord(storageKey);
        if (own !== null && own.returnedAt !== undefined && isFresh(own, now, maxAgeMs)) {
          accept(own, own.via ?? null);
          return;
        }
      } else {
        replaceAddress(href);
      }
      refuse(parsed.error.code, parsed.error.message);
      return;
    }

    replaceAddress(href);
    const { resource, id, state, via } = parsed.value;
    const record = findFlowRecordByState(storageKey, state);
    if (record === null) {
      refuse('unknown-state', 'no flow started in this browser carries this state');
      return;
    }
    if (record.id !== id || record.resource !== resource) {
      refuse('id-mismatch', 'the return URL names another web form or task than the stored flow');
      return;
    }
    if (!isFresh(record, now, maxAgeMs)) {
      refuse('too-old', 'the stored flow is older than the age limit');
      return;
    }
    if (record.finishedAt !== undefined) {
      refuse('finished', 'the stored flow has already ended');
      return;
    }
    const next: FlowRecord = { ...record, returnedAt: record.returnedAt ?? now, via };
    saveFlowRecord(storageKey, next, { crossTab: true, maxAgeMs });
    accept(next, via);
    emit({ type: 'returned', resource, id, via });
  }, [storageKey, maxAgeMs, emit]);

  const record = accepted?.record ?? null;
  const webFormStatus = useWebFormStatus(record?.resource === 'web-form' ? record.id : null);
  const taskStatus = useTaskStatus(record?.resource === 'task' ? record.id : null);
  const status = record?.resource === 'task' ? taskStatus : webFormStatus;
  const snapshotOutcome: FlowOutcome | undefined =
    record?.resource === 'task' ? taskStatus.outcome : webFormStatus.outcome;

  // The proxy does not know the id: as untrustworthy as a foreign state.
  const statusError = status.error;
  const unknownId = useMemo(
    () =>
      statusError?.kind === 'http' && statusError.status === 404
        ? new ReturnFlowError('unknown-id', 'the proxy does not know this web form or task')
        : null,
    [statusError],
  );
  const returnError = refused ?? unknownId;

  let view: Pick<ReturnFlowResult, 'state' | 'screen' | 'outcome' | 'error'>;
  if (returnError !== null) {
    view = { state: 'error', screen: null, outcome: undefined, error: returnError };
  } else if (isFinalFlowOutcome(snapshotOutcome)) {
    view = {
      state: 'outcome',
      screen: snapshotOutcome.kind,
      outcome: snapshotOutcome,
      error: null,
    };
  } else if (record?.resource === 'web-form' && webFormStatus.isExpired) {
    view = { state: 'outcome', screen: 'expired', outcome: { kind: 'expired' }, error: null };
  } else {
    view = {
      state: 'checking',
      screen: statusError === null ? 'checking' : 'connection-error',
      outcome: snapshotOutcome,
      error: statusError,
    };
  }

  const finalOutcome =
    view.state === 'outcome' && isFinalFlowOutcome(view.outcome) ? view.outcome : null;
  const reported = useRef<string | null>(null);
  useEffect(() => {
    if (record === null || finalOutcome === null || reported.current === record.id) return;
    reported.current = record.id;
    // A reload of a return that already ended reports nothing new.
    if (record.finishedAt !== undefined) return;
    emit({ type: 'outcome', resource: record.resource, id: record.id, outcome: finalOutcome });
    // From now on a replay of this return URL is stale, in this tab and in the others.
    saveFlowRecord(storageKey, { ...record, finishedAt: Date.now() }, { crossTab: true, maxAgeMs });
    postOutcome({ type: 'outcome', id: record.id, outcome: finalOutcome });
  }, [record, finalOutcome, storageKey, maxAgeMs, emit]);

  const viewError = view.error;
  const lastError = useRef<ReturnFlowError | ProxyError | null>(null);
  useEffect(() => {
    if (viewError === lastError.current) return;
    lastError.current = viewError;
    if (viewError === null) return;
    emit({
      type: 'error',
      resource: record?.resource,
      id: record?.id,
      error: summariseError(viewError),
    });
  }, [viewError, record, emit]);

  const refetchWebForm = webFormStatus.refetch;
  const refetchTask = taskStatus.refetch;
  const retry = useCallback(() => {
    void (record?.resource === 'task' ? refetchTask() : refetchWebForm());
  }, [record, refetchTask, refetchWebForm]);

  const dismiss = useCallback(() => {
    dismissFlowRecord(storageKey, record);
  }, [storageKey, record]);

  const closeTab = useCallback(() => {
    if (typeof window !== 'undefined') window.close();
  }, []);

  return {
    ...view,
    resource: record?.resource ?? null,
    id: record?.id ?? null,
    via: accepted?.via ?? null,
    webForm: webFormStatus.webForm,
    task: taskStatus.task,
    expiresAt: webFormStatus.expiresAt,
    push: status.push,
    canCloseTab,
    closeTab,
    retry,
    dismiss,
  } as ReturnFlowResult;
}
