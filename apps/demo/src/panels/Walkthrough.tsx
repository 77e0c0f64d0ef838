import { useFlowLog, type LogEntry } from '../eventLog.ts';
import { useDemoMessages } from '../i18n/DemoMessagesContext.ts';
import type { DemoMessages } from '../i18n/en.ts';

type StepId = keyof DemoMessages['steps'];

const FINAL = /^(COMPLETED|COMPLETED_WITH_ERROR|EXPIRED|ABORTED)$/;

/** Whether this flow's log shows the step happened. */
const REACHED: Record<StepId, (entry: LogEntry) => boolean> = {
  create: (entry) =>
    entry.source === 'app'
      ? entry.event.type === 'created'
      : entry.event.type === 'finapi-request' && entry.event.method === 'POST',
  send: (entry) => entry.source === 'app' && entry.event.type === 'opened',
  bank: (entry) =>
    entry.source === 'app' &&
    entry.event.type === 'status-changed' &&
    (entry.event.resource === 'web-form'
      ? entry.event.status === 'IN_PROGRESS'
      : entry.event.webFormStatus === 'IN_PROGRESS'),
  end: (entry) =>
    entry.source === 'proxy'
      ? entry.event.type === 'callback' && entry.event.accepted
      : entry.event.type === 'status-changed' &&
        (FINAL.test(entry.event.status) || FINAL.test(entry.event.webFormStatus ?? '')),
  back: (entry) => entry.source === 'app' && entry.event.type === 'returned',
  outcome: (entry) => entry.source === 'app' && entry.event.type === 'outcome',
};

const STEPS = Object.keys(REACHED) as StepId[];

/**
 * Explains each step of the round trip as it happens, lit up by this flow's log only: before a
 * flow starts nothing is ticked.
 */
export function Walkthrough() {
  const t = useDemoMessages();
  const log = useFlowLog();
  const entries = log?.entries ?? [];
  // A later step implies the earlier ones, even those the browser could not see (in the same tab
  // it is away at the bank while the form is in progress).
  const current = STEPS.map((step) => entries.some(REACHED[step])).lastIndexOf(true);
  return (
    <section className="demo-panel" aria-labelledby="walkthrough-heading">
      <h2 id="walkthrough-heading">{t.walkthroughHeading}</h2>
      {current === -1 && <p className="demo-note">{t.walkthroughIdle}</p>}
      <ol className="demo-steps">
        {STEPS.map((step, index) => (
          <li
            key={step}
            data-step={step}
            data-state={index === current ? 'current' : index < current ? 'done' : 'upcoming'}
            aria-current={index === current ? 'step' : undefined}
          >
            <h3>{t.steps[step].title}</h3>
            {index === current && (
              <>
                <p>
                  <strong>{t.customer}:</strong> {t.steps[step].customer}
                </p>
                <p>
                  <strong>{t.backend}:</strong> {t.steps[step].backend}
                </p>
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
