import { WebFormFlow } from '@webform-kit/react';
import { useLayoutEffect } from 'react';
import { flowOf, newOrderId, orderIdOf } from '../flows.ts';
import { useDemoMessages } from '../i18n/DemoMessagesContext.ts';
import { navigate, replaceAddress, useSearch } from '../router.ts';
import { useSettings } from '../settings.ts';
import { NotFoundPage } from './NotFoundPage.tsx';

/**
 * `/start/{kind}`: one flow, round trip, in a single component. A payment is
 * `/start/{kind}?order=ID`: the browser names the order, the demo's backend decides what it costs
 * and who is paid. Without an id the page opens a new order and puts its id in the address, so a
 * reload pays the same order.
 */
export function FlowPage({ slug }: { slug: string }) {
  const t = useDemoMessages();
  const [settings] = useSettings();
  const search = useSearch();
  const flow = flowOf(slug);
  const orderId = orderIdOf(search);
  const needsOrder = flow?.ordered === true && orderId === undefined;
  // A payment page that names no order opens a new one, before it paints.
  useLayoutEffect(() => {
    if (needsOrder) replaceAddress(`${window.location.pathname}?order=${newOrderId()}`);
  }, [needsOrder]);
  if (flow === undefined) return <NotFoundPage />;
  if (needsOrder) return null;
  const origin = window.location.origin;
  return (
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
  );
}
