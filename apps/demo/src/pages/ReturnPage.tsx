import { WebFormReturn, type ReturnFlowError } from '@webform-kit/react';
import { useDemoMessages } from '../i18n/DemoMessagesContext.ts';
import { KitScope } from '../KitScope.tsx';
import { followLink, navigate } from '../router.ts';

function RefusedReturn({ error }: { error: ReturnFlowError }) {
  const t = useDemoMessages();
  return (
    <div className="demo-notice" role="alert">
      <h1>{t.refusedHeading}</h1>
      <p>{error.kind === 'stale-return' ? t.refusedStale : t.refusedInvalid}</p>
      <p>
        <a href="/" onClick={followLink}>
          {t.backToStart}
        </a>
      </p>
    </div>
  );
}

/** `/return`: where finAPI's form sends the customer back. The proxy decides the outcome. */
export function ReturnPage() {
  return (
    <KitScope>
      <div className="demo-page">
        <WebFormReturn
          supportUrl={`${window.location.origin}/support`}
          headingLevel={1}
          onContinue={() => navigate('/')}
          onRestart={() => navigate('/')}
          fallback={(error) => <RefusedReturn error={error} />}
        />
      </div>
    </KitScope>
  );
}
