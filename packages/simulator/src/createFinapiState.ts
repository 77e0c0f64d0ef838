import {
  isFinalTask,
  isFinalWebFormStatus,
  resourceOf,
  type FinalWebFormStatus,
  type Payload,
  type ReturnParams,
  type Task,
  type TaskStatus,
  type WebForm,
  type WebFormErrorCode,
  type WebFormInfo,
  type WebFormStatus,
  type WebFormType,
  webFormTypeOf,
} from '@webform-kit/core';
import type { CallbackSender } from './createCallbackSender.ts';
import type { HostedPageLanguage } from './HostedPageLanguage.ts';
import { journeyOf, type JourneyState } from './journeyOf.ts';
import type { SimulatorBank } from './simulatorBanks.ts';
import type { WebFormDetails } from './WebFormDetails.ts';
import type { Scheduler } from './createScheduler.ts';
import type { ScenarioState } from './createScenarioState.ts';
import { formatFinapiTimestamp } from './formatFinapiTimestamp.ts';

/** A web form as the simulator keeps it. */
export interface WebFormRecord {
  readonly id: string;
  /** The finAPI user whose token created it (a task's web form belongs to the task's user). */
  readonly owner: string;
  /** That user's name, whose presentation the hosted page follows. */
  readonly username: string;
  readonly type: WebFormType;
  /** What it was created for, shown on the hosted page. */
  readonly details: WebFormDetails;
  readonly createdAt: number;
  readonly expiresAt: number;
  status: WebFormStatus;
  payload: Payload;
  readonly finalisedCallback: string | undefined;
  /** The bank connection an update web form updates. */
  readonly bankConnectionId: number | undefined;
  /** The task that needed this web form. */
  readonly taskId: string | undefined;
  /**
   * Set when the hosted page was first opened: its one page token, the return URLs, where the
   * bank visit stands and the language chosen in the page's selector.
   */
  opened:
    | {
        pageToken: string;
        returnUrls: ReturnParams;
        journey: JourneyState;
        language: HostedPageLanguage | undefined;
      }
    | undefined;
  deleted: boolean;
}

/** A background update task as the simulator keeps it. */
export interface TaskRecord {
  readonly id: string;
  readonly owner: string;
  readonly username: string;
  readonly createdAt: number;
  readonly bankConnectionId: number;
  status: TaskStatus;
  errorCode: WebFormErrorCode | undefined;
  webFormId: string | undefined;
  readonly callbacks: { finalised?: string | null; webFormRequired?: string | null };
}

/** The simulator's finAPI: web forms, tasks, their life cycles and their callbacks. */
export interface FinapiState {
  createWebForm(input: {
    owner: string;
    username: string;
    details: WebFormDetails;
    finalisedCallback?: string | null | undefined;
    bankConnectionId?: number;
    taskId?: string;
  }): WebFormRecord;
  /** Any web form ever created, deleted ones included. */
  webForm(id: string): WebFormRecord | undefined;
  webFormOf(record: WebFormRecord): WebForm;
  deleteWebForm(record: WebFormRecord): void;
  /** The first open of the hosted page: `IN_PROGRESS`, and the page token that may finish it. */
  openWebForm(record: WebFormRecord, returnUrls: ReturnParams): string;
  finishWebForm(
    record: WebFormRecord,
    status: FinalWebFormStatus,
    errorCode?: WebFormErrorCode,
  ): void;
  createTask(input: {
    owner: string;
    username: string;
    bankConnectionId: number;
    callbacks: TaskRecord['callbacks'] | null | undefined;
  }): TaskRecord;
  task(id: string): TaskRecord | undefined;
  taskOf(record: TaskRecord): Task;
  /** Whether an update of the user's bank connection is still going on (finAPI's 423). */
  isUpdateRunning(owner: string, bankConnectionId: number): boolean;
}

export function createFinapiState(options: {
  publicUrl: string;
  now: () => number;
  scheduler: Scheduler;
  scenario: ScenarioState;
  send: CallbackSender;
}): FinapiState {
  const { publicUrl, now, scheduler, scenario, send } = options;
  const webForms = new Map<string, WebFormRecord>();
  const cancelExpiry = new Map<string, () => void>();
  const tasks = new Map<string, TaskRecord>();
  // The bank each imported connection is at, so its update logs in there again.
  const connectionBanks = new Map<number, SimulatorBank>();
  // Ids in Access are plain increasing integers; distinct ranges make logs easier to read.
  const nextId = { bankConnection: 1001, payment: 2001, standingOrder: 3001 };

  const urlOf = (id: string) => `${publicUrl}/wf/${id}`;
  const infoOf = (record: WebFormRecord): WebFormInfo => ({
    id: record.id,
    url: urlOf(record.id),
    status: record.status,
  });

  function webFormOf(record: WebFormRecord): WebForm {
    return {
      id: record.id,
      url: urlOf(record.id),
      createdAt: formatFinapiTimestamp(record.createdAt),
      expiresAt: formatFinapiTimestamp(record.expiresAt),
      type: record.type,
      status: record.status,
      payload: { ...record.payload },
    };
  }

  function taskOf(record: TaskRecord): Task {
    const webForm = record.webFormId === undefined ? undefined : webForms.get(record.webFormId);
    // finAPI leaves out what it does not know rather than sending nulls (see its examples).
    const payload: Task['payload'] = { bankConnectionId: record.bankConnectionId };
    if (webForm !== undefined) payload.webForm = infoOf(webForm);
    if (record.errorCode !== undefined) payload.errorCode = record.errorCode;
    return {
      id: record.id,
      createdAt: formatFinapiTimestamp(record.createdAt),
      type: 'BANK_CONNECTION_UPDATE',
      status: record.status,
      payload,
    };
  }

  function completedPayload(record: WebFormRecord): Payload {
    switch (resourceOf(record.type)) {
      case 'bank-connection': {
        const bankConnectionId = record.bankConnectionId ?? nextId.bankConnection++;
        const bank = record.opened?.journey.bank;
        if (bank !== undefined) connectionBanks.set(bankConnectionId, bank);
        return { bankConnectionId };
      }
      case 'payment':
        return { paymentId: nextId.payment++ };
      case 'standing-order':
        return { standingOrderId: nextId.standingOrder++ };
    }
  }

  // The callbacks page: the task's `finalised` callback fires when its web form is finalised,
  // carrying the task status and the web form with its final status. A completed or failed web
  // form completes or fails the task; after an expired or aborted one the task stays
  // WEB_FORM_REQUIRED, the status the page lists as final "in this case".
  function webFormOfTaskEnded(task: TaskRecord, webForm: WebFormRecord): void {
    if (webForm.status === 'COMPLETED') task.status = 'COMPLETED';
    if (webForm.status === 'COMPLETED_WITH_ERROR') {
      task.status = 'COMPLETED_WITH_ERROR';
      task.errorCode = webForm.payload.errorCode ?? undefined;
    }
    if (task.callbacks.finalised) {
      send(task.callbacks.finalised, {
        taskId: task.id,
        status: task.status,
        webForm: infoOf(webForm),
      });
    }
  }

  function finishWebForm(
    record: WebFormRecord,
    status: FinalWebFormStatus,
    errorCode?: WebFormErrorCode,
  ): void {
    record.status = status;
    cancelExpiry.get(record.id)?.();
    cancelExpiry.delete(record.id);
    if (status === 'COMPLETED') record.payload = completedPayload(record);
    if (status === 'COMPLETED_WITH_ERROR')
      record.payload = { errorCode: errorCode ?? 'INTERNAL_ERROR' };
    const task = record.taskId === undefined ? undefined : tasks.get(record.taskId);
    if (task !== undefined) {
      webFormOfTaskEnded(task, record);
    } else if (record.finalisedCallback) {
      send(record.finalisedCallback, { webFormId: record.id, status });
    }
  }

  function createWebForm(input: Parameters<FinapiState['createWebForm']>[0]): WebFormRecord {
    const createdAt = now();
    const record: WebFormRecord = {
      id: globalThis.crypto.randomUUID(),
      owner: input.owner,
      username: input.username,
      type: webFormTypeOf(input.details.kind),
      details: input.details,
      createdAt,
      expiresAt: createdAt + scenario.current.ttlMs,
      status: 'NOT_YET_OPENED',
      payload: {},
      finalisedCallback: input.finalisedCallback ?? undefined,
      bankConnectionId: input.bankConnectionId,
      taskId: input.taskId,
      opened: undefined,
      deleted: false,
    };
    webForms.set(record.id, record);
    // Expiry is finalised by a timer, not only when someone looks, so its callback fires.
    cancelExpiry.set(
      record.id,
      scheduler.at(record.expiresAt, () => {
        cancelExpiry.delete(record.id);
        if (!record.deleted && !isFinalWebFormStatus(record.status))
          finishWebForm(record, 'EXPIRED');
      }),
    );
    return record;
  }

  function startTask(task: TaskRecord): void {
    const { taskMode, taskDelayMs, taskErrorCode } = scenario.current;
    const start = now();
    scheduler.at(start + Math.floor(taskDelayMs / 2), () => {
      if (task.status === 'NOT_YET_STARTED') task.status = 'IN_PROGRESS';
    });
    scheduler.at(start + taskDelayMs, () => {
      if (taskMode === 'web-form-required') {
        const webForm = createWebForm({
          owner: task.owner,
          username: task.username,
          details: {
            kind: 'bank-connection-update',
            body: { bank: { bankConnectionId: task.bankConnectionId } },
          },
          bankConnectionId: task.bankConnectionId,
          taskId: task.id,
        });
        task.webFormId = webForm.id;
        task.status = 'WEB_FORM_REQUIRED';
        if (task.callbacks.webFormRequired) {
          send(task.callbacks.webFormRequired, {
            taskId: task.id,
            status: task.status,
            webForm: infoOf(webForm),
          });
        }
        return;
      }
      task.status = taskMode === 'complete' ? 'COMPLETED' : 'COMPLETED_WITH_ERROR';
      if (taskMode === 'fail') task.errorCode = taskErrorCode;
      if (task.callbacks.finalised) {
        send(task.callbacks.finalised, { taskId: task.id, status: task.status });
      }
    });
  }

  return {
    createWebForm,
    webForm: (id) => webForms.get(id),
    webFormOf,
    deleteWebForm(record) {
      record.deleted = true;
      cancelExpiry.get(record.id)?.();
      cancelExpiry.delete(record.id);
    },
    openWebForm(record, returnUrls) {
      const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
      const pageToken = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
      const known =
        record.bankConnectionId === undefined
          ? undefined
          : connectionBanks.get(record.bankConnectionId);
      const journey = journeyOf(record.details, known);
      record.status = 'IN_PROGRESS';
      record.opened = {
        pageToken,
        returnUrls,
        journey: { ...journey, step: journey.steps[0] ?? 'tan' },
        language: undefined,
      };
      return pageToken;
    },
    finishWebForm,
    createTask(input) {
      const task: TaskRecord = {
        id: globalThis.crypto.randomUUID(),
        owner: input.owner,
        username: input.username,
        createdAt: now(),
        bankConnectionId: input.bankConnectionId,
        status: 'NOT_YET_STARTED',
        errorCode: undefined,
        webFormId: undefined,
        callbacks: input.callbacks ?? {},
      };
      tasks.set(task.id, task);
      startTask(task);
      return task;
    },
    task: (id) => tasks.get(id),
    taskOf,
    isUpdateRunning(owner, bankConnectionId) {
      for (const task of tasks.values()) {
        if (task.owner !== owner || task.bankConnectionId !== bankConnectionId) continue;
        const webForm = task.webFormId === undefined ? undefined : webForms.get(task.webFormId);
        // A deleted web form can never end the task; it no longer holds the connection.
        if (webForm?.deleted) continue;
        if (!isFinalTask(taskOf(task))) return true;
      }
      for (const webForm of webForms.values()) {
        if (
          webForm.owner === owner &&
          webForm.taskId === undefined &&
          webForm.bankConnectionId === bankConnectionId &&
          !webForm.deleted &&
          !isFinalWebFormStatus(webForm.status)
        ) {
          return true;
        }
      }
      return false;
    },
  };
}
