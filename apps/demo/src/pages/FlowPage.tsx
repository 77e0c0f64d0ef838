import { WebFormFlow } from '@webform-kit/react';
import { flowOf } from '../flows.ts';
import { useDemoMessages } from '../i18n/DemoMessagesContext.ts';
import { navigate } from '../router.ts';
import { useSettings } from '../settings.ts';
import { NotFoundPage } from './NotFoundPage.tsx';

/** `/start/{kind}`: one flow, round trip, in a single component. */
export function FlowPage({ slug }: { slug: string }) {
  const t = useDemoMessages();
  const [settings] = useSettings();
  const flow = flowOf(slug);
  if (flow === undefined) return <NotFoundPage />;
  const origin = window.location.origin;
  return (
    <div className="demo-page">
      <p className="demo-crumb">{t.flows[flow.slug].title}</p>
      <WebFormFlow
        key={flow.slug}
        kind={flow.kind}
        request={flow.request() as never}
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
