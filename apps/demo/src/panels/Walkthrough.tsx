import { useLog, type LogEntry } from '../eventLog.ts';

interface Step {
  title: string;
  customer: string;
  backend: string;
  /** Whether the log shows this step happened. */
  reached: (entries: readonly LogEntry[]) => boolean;
}

const has = (entries: readonly LogEntry[], test: (entry: LogEntry) => boolean) =>
  entries.some(test);

const STEPS: readonly Step[] = [
  {
    title: 'Create the web form',
    customer:
      'Sees why they are leaving the app: a regulated form at their bank’s partner asks for the login, not the app.',
    backend:
      'The app asks its proxy (POST /api/webforms/{kind}); the proxy calls finAPI POST /api/webForms/… with the customer’s token and registers its callback URL. finAPI answers 201 with a one-time URL valid for 20 minutes.',
    reached: (entries) => has(entries, (e) => e.type === 'created'),
  },
  {
    title: 'Send the customer to finAPI',
    customer: 'Goes to finAPI’s form, in this tab or a new one.',
    backend:
      'The kit appends redirectUrl, errorRedirectUrl, abortRedirectUrl and customerSupportUrl to the form’s URL, each carrying the flow’s state nonce, checked against the allowed origins.',
    reached: (entries) => has(entries, (e) => e.type === 'opened'),
  },
  {
    title: 'At the bank',
    customer: 'Logs in and confirms with their bank (here: the simulator’s buttons).',
    backend:
      'finAPI reports IN_PROGRESS. The app follows the status through the proxy: pushed over Server-Sent Events, with slow polling as a safety net (or polling every 2 s).',
    reached: (entries) =>
      has(
        entries,
        (e) => e.type === 'status-changed' && /IN_PROGRESS|WEB_FORM_REQUIRED/.test(e.text),
      ),
  },
  {
    title: 'finAPI reports the end',
    customer: 'Is sent back automatically on success; offered a link back on error or cancel.',
    backend:
      'finAPI POSTs to the proxy’s callback URL ({webFormId, status}); the proxy reads the web form from finAPI and pushes it to the browser. If the callback is lost, the proxy’s own polling finds the final status.',
    reached: (entries) =>
      has(
        entries,
        (e) =>
          e.type === 'callback' ||
          (e.type === 'status-changed' && /COMPLETED|EXPIRED|ABORTED/.test(e.text)),
      ),
  },
  {
    title: 'Back in the app',
    customer: 'Lands on the return page and sees “checking” for a moment.',
    backend:
      'The kit checks the state nonce, removes the parameters from the address bar and asks the proxy: the URL only hints at the outcome, the proxy decides it.',
    reached: (entries) => has(entries, (e) => e.type === 'returned'),
  },
  {
    title: 'The outcome',
    customer:
      'Sees what happened in their own words, with the next step and, after a problem, a support link.',
    backend:
      'The final status and payload (bankConnectionId, paymentId or standingOrderId; or errorCode) come from finAPI.',
    reached: (entries) => has(entries, (e) => e.type === 'outcome'),
  },
];

/** Explains each step of the round trip as it happens, lighting up from the event log. */
export function Walkthrough() {
  const entries = useLog();
  // A later step implies the earlier ones, even those the browser could not see (in the same tab
  // it is away at the bank while the form is in progress).
  const current = STEPS.map((step) => step.reached(entries)).lastIndexOf(true);
  const reached = STEPS.map((_, index) => index <= current);
  return (
    <section className="demo-panel" aria-labelledby="walkthrough-heading">
      <h2 id="walkthrough-heading">Walkthrough</h2>
      <ol className="demo-steps">
        {STEPS.map((step, index) => (
          <li
            key={step.title}
            data-state={index === current ? 'current' : reached[index] ? 'done' : 'upcoming'}
            aria-current={index === current ? 'step' : undefined}
          >
            <h3>{step.title}</h3>
            <p>
              <strong>Customer:</strong> {step.customer}
            </p>
            <p>
              <strong>Behind the scenes:</strong> {step.backend}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
