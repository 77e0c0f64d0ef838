import { FLOWS } from '../flows.ts';
import { clearLog } from '../eventLog.ts';
import { followLink } from '../router.ts';

export function StartPage() {
  return (
    <div className="demo-page">
      <h1>What would you like to do?</h1>
      <p className="demo-lead">
        Each flow sends you to a bank or payment form hosted by finAPI and brings you back here. In
        this demo a finAPI simulator plays the bank: finish its form with “Complete”, “Complete with
        error” or “Abort” to see every outcome.
      </p>
      <ul className="demo-flows">
        {FLOWS.map((flow) => (
          <li key={flow.slug}>
            <a
              className="demo-flow"
              href={`/start/${flow.slug}`}
              onClick={(event) => {
                clearLog();
                followLink(event);
              }}
            >
              <span className="demo-flow-title">{flow.title}</span>
              <span className="demo-flow-summary">{flow.summary}</span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
