import { useLayoutEffect, useMemo, useRef } from 'react';
import { describeLogEntry } from '../describeLogEntry.ts';
import { clearLog, useFlowLog } from '../eventLog.ts';
import { useDemoMessages } from '../i18n/DemoMessagesContext.ts';
import { fill } from '../i18n/fill.ts';

/**
 * What the app and its backend did for the flow on screen, in the order it happened, the newest
 * in view: the kit's onEvent beside the proxy's finAPI calls and callbacks, in plain words.
 */
export function EventLog() {
  const t = useDemoMessages();
  const log = useFlowLog();
  const entries = log?.entries ?? [];
  const list = useRef<HTMLOListElement>(null);
  // Made once there is a line to show: the first Intl formatter of a page costs the start page
  // a long task on a slow phone, and an empty log needs none.
  const empty = entries.length === 0;
  const formats = useMemo(
    () =>
      empty
        ? null
        : {
            time: new Intl.DateTimeFormat(t.lang, {
              hour: '2-digit',
              minute: '2-digit',
              second: '2-digit',
            }),
            seconds: new Intl.NumberFormat(t.lang, {
              minimumFractionDigits: 1,
              maximumFractionDigits: 1,
            }),
          },
    [t.lang, empty],
  );
  const start = entries[0]?.at;

  // The newest line is the one the audience should read: keep it in view as lines arrive.
  useLayoutEffect(() => {
    const element = list.current;
    if (element !== null) element.scrollTop = element.scrollHeight;
  }, [entries.length]);

  return (
    <section className="demo-panel" aria-labelledby="event-log-heading">
      <div className="demo-panel-head">
        <h2 id="event-log-heading">{t.logHeading}</h2>
        {entries.length > 0 && (
          <button type="button" className="demo-small-button" onClick={clearLog}>
            {t.clear}
          </button>
        )}
      </div>
      {formats === null ? (
        <p className="demo-note">{t.logEmpty}</p>
      ) : (
        // The list scrolls once it is long: focusable, so keyboard users can scroll it too.
        <ol
          ref={list}
          className="demo-log"
          data-testid="event-log"
          data-flow={log?.id}
          tabIndex={0}
          aria-labelledby="event-log-heading"
        >
          {entries.map((entry, index) => {
            const line = describeLogEntry(entry, t);
            return (
              <li key={`${entry.at}-${index}`} data-source={entry.source} data-type={entry.type}>
                <span className="demo-log-when">
                  <time dateTime={new Date(entry.at).toISOString()}>
                    {formats.time.format(entry.at)}
                  </time>
                  <span className="demo-log-delta">
                    {fill(t.sinceStart, {
                      seconds: formats.seconds.format((entry.at - (start ?? entry.at)) / 1000),
                    })}
                  </span>
                </span>
                <span className="demo-log-source">{t.sources[entry.source]}</span>
                <span className="demo-log-text">
                  {line.text}
                  {line.detail !== undefined && (
                    <code className="demo-log-detail" translate="no">
                      {line.detail}
                    </code>
                  )}
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
