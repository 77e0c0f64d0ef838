import type { LogEntry } from './eventLog.ts';
import type { DemoMessages } from './i18n/en.ts';
import { fill } from './i18n/fill.ts';

/** A log line in plain words, and for the backend's calls the technical detail beside it. */
export interface LogLine {
  text: string;
  /** `POST /api/webForms/standalonePayment · 201 · 35 ms`: for developers, never translated. */
  detail?: string;
}

function finapiText(method: string, path: string, t: DemoMessages['events']): string {
  if (method === 'POST' && path.startsWith('/api/tasks/')) return t.finapiCreateTask;
  if (method === 'POST' && path.startsWith('/api/webForms/')) return t.finapiCreate;
  if (method === 'GET') return t.finapiRead;
  if (method === 'DELETE') return t.finapiDelete;
  return t.finapiOther;
}

/**
 * Words a log entry for the audience of a walkthrough: what happened, not the event's name.
 *
 * @example
 * describeLogEntry(entry, en).text // 'The customer is at the bank'
 */
export function describeLogEntry(entry: LogEntry, messages: DemoMessages): LogLine {
  const t = messages.events;
  if (entry.source === 'proxy') {
    const event = entry.event;
    switch (event.type) {
      case 'finapi-request':
        return {
          text: finapiText(event.method, event.path, t),
          detail: `${event.method} ${event.path} · ${event.status} · ${Math.round(event.durationMs)} ms`,
        };
      case 'callback':
        return event.accepted
          ? { text: t.callbackAccepted, detail: `POST /api/callbacks/… · ${event.resource}` }
          : { text: fill(t.callbackRefused, { reason: event.reason ?? '?' }) };
      case 'poll-error':
        return { text: fill(t.pollError, { code: event.code }) };
      case 'outcome':
        return event.delivered
          ? { text: t.outcomeRecorded, detail: event.reference && `onOutcome · ${event.reference}` }
          : {
              text:
                event.retryInMs === undefined
                  ? t.outcomeNotRecorded
                  : fill(t.outcomeRetry, { seconds: Math.ceil(event.retryInMs / 1000) }),
              detail: `onOutcome · ${event.attempt}`,
            };
      case 'error':
        return { text: t.proxyError };
      default:
        // An event a newer proxy sends: named, not worded.
        return { text: (event as { type: string }).type };
    }
  }
  const event = entry.event;
  switch (event.type) {
    case 'created':
      return { text: event.resource === 'task' ? t.createdTask : t.createdWebForm };
    case 'opened':
      return {
        text: event.popupBlocked
          ? t.popupBlocked
          : event.openIn === 'new-tab'
            ? t.openedNewTab
            : t.openedSameTab,
      };
    case 'status-changed': {
      if (event.resource === 'task') {
        // A task waiting on its web form: what the customer does there is the news.
        if (
          event.status === 'WEB_FORM_REQUIRED' &&
          event.webFormStatus !== undefined &&
          event.webFormStatus !== 'NOT_YET_OPENED'
        ) {
          return { text: t.webFormStatus[event.webFormStatus], detail: event.webFormStatus };
        }
        const text = t.taskStatus[event.status as keyof typeof t.taskStatus];
        return { text: text ?? event.status, detail: event.status };
      }
      const text = t.webFormStatus[event.status as keyof typeof t.webFormStatus];
      return { text: text ?? event.status, detail: event.status };
    }
    case 'returned':
      return { text: fill(t.returned, { via: event.via }) };
    case 'outcome':
      return {
        text: fill(t.outcome, { outcome: t.outcomes[event.outcome.kind] }),
        detail:
          event.outcome.kind === 'completed-with-error'
            ? (event.outcome.errorCode ?? undefined)
            : undefined,
      };
    case 'cancelled':
      return { text: t.cancelled };
    case 'push-connected':
      return { text: t.pushConnected, detail: 'Server-Sent Events' };
    case 'push-failed':
      return { text: t.pushFailed };
    case 'error':
      return {
        text: fill(t.error, { kind: event.error.kind }),
        detail: [event.error.status, event.error.code].filter(Boolean).join(' ') || undefined,
      };
  }
}
