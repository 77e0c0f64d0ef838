import { WebFormFlow } from '@webform-kit/react';
import { useLayoutEffect, useState } from 'react';
import { newOrderId, orderIdOf, type DemoFlow } from '../flows.ts';
import { useDemoMessages } from '../i18n/DemoMessagesContext.ts';
import { KitScope } from '../KitScope.tsx';
import { navigate, replaceAddress, useSearch } from '../router.ts';
import { useSettings } from '../settings.ts';

/**
 * `/start/{kind}`: one flow, round trip, in a single component. A payment is
 * `/start/{kind}?order=ID`: the browser names the order, the demo's backend decides what it costs
 * and who is paid. Without an id the page opens a new order and puts its id in the address, so a
 * reload pays the same order.
 */
export function FlowPage({ flow }: { flow: DemoFlow }) {
  const t = useDemoMessages();
  const [settings] = useSettings();
  const search = useSearch();
  const named = orderIdOf(search);
  // A payment page that names no order opens a new one and shows it in the address. The page
  // renders with the new id at once: the address only catches up after the first paint (the path
  // hooks subscribe in an effect), and an empty first paint would make everything below jump.
  const [freshOrderId] = useState(newOrderId);
  const orderId = named ?? (flow.ordered === true ? freshOrderId : undefined);
  const needsAddress = flow.ordered === true && named === undefined;
  useLayoutEffect(() => {
    if (needsAddress) replaceAddress(`${window.location.pathname}?order=${freshOrderId}`);
  }, [needsAddress, freshOrderId]);
  const origin = window.location.origin;
  return (
    <KitScope>
      <div className="demo-page">
        <p className="demo-crumb">{t.flows[flow.slug].title}</p>
        <WebFormFlow
          key={flow.ordered ? `${flow.slug}:${orderId}` : flow.slug}
          kind={flow.kind}
          input={flow.request(orderId ?? '') as never}
          returnTo={`${origin}/return`}
          customerSupportUrl={`${origin}/support`}
          allowedOrigins={[origin]}
          openIn={settings.openIn}
          headingLevel={1}
          onContinue={() => navigate('/')}
          onCancel={() => navigate('/')}
        />
      </div>
    </KitScope>
  );
}
