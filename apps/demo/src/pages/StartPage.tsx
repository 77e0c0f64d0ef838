import { useEffect, useState } from 'react';
import { FLOWS, newOrderId } from '../flows.ts';
import { leaveFlow } from '../eventLog.ts';
import { useDemoMessages } from '../i18n/DemoMessagesContext.ts';
import { Orders } from '../panels/Orders.tsx';
import { followLink } from '../router.ts';

export function StartPage() {
  const t = useDemoMessages();
  // No flow is on screen here: the walkthrough and the log wait for the next one.
  useEffect(leaveFlow, []);
  // Each visit of the start page offers new orders; the order book opens them on first use.
  const [orderIds] = useState(() => new Map(FLOWS.map((flow) => [flow.slug, newOrderId()])));
  return (
    <div className="demo-page">
      <h1>{t.startHeading}</h1>
      <p className="demo-lead">{t.startLead}</p>
      <ul className="demo-flows">
        {FLOWS.map((flow) => (
          <li key={flow.slug}>
            <a
              className="demo-flow"
              href={
                flow.ordered
                  ? `/start/${flow.slug}?order=${orderIds.get(flow.slug) ?? ''}`
                  : `/start/${flow.slug}`
              }
              onClick={followLink}
            >
              <span className="demo-flow-title">{t.flows[flow.slug].title}</span>
              <span className="demo-flow-summary">{t.flows[flow.slug].summary}</span>
            </a>
          </li>
        ))}
      </ul>
      <Orders />
    </div>
  );
}
