import { clearLog, useLog } from '../eventLog.ts';

const time = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  fractionalSecondDigits: 3,
});

/** Status changes, callbacks and requests, with timings, from the kit's onEvent and the proxy. */
export function EventLog() {
  const entries = useLog();
  const start = entries[0]?.at;
  return (
    <section className="demo-panel" aria-labelledby="event-log-heading">
      <div className="demo-panel-head">
        <h2 id="event-log-heading">Event log</h2>
        <button type="button" className="demo-small-button" onClick={clearLog}>
          Clear
        </button>
      </div>
      {entries.length === 0 ? (
        <p className="demo-note">
          Start a flow to see the kit’s events and the proxy’s finAPI calls.
        </p>
      ) : (
        // The list scrolls once it is long: focusable, so keyboard users can scroll it too.
        <ol
          className="demo-log"
          data-testid="event-log"
          tabIndex={0}
          aria-labelledby="event-log-heading"
        >
          {entries.map((entry, index) => (
            <li key={`${entry.at}-${index}`} data-source={entry.source} data-type={entry.type}>
              <time dateTime={new Date(entry.at).toISOString()}>{time.format(entry.at)}</time>
              <span className="demo-log-delta">
                +{start === undefined ? 0 : ((entry.at - start) / 1000).toFixed(2)} s
              </span>
              <span className="demo-log-source">
                {entry.source === 'app' ? 'browser' : 'proxy'}
              </span>
              <span className="demo-log-text">{entry.text}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
