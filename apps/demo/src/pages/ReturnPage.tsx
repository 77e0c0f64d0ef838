import { WebFormReturn, type ReturnFlowError } from '@webform-kit/react';
import { followLink, navigate } from '../router.ts';

function RefusedReturn({ error }: { error: ReturnFlowError }) {
  return (
    <div className="demo-notice" role="alert">
      <h1>This link can’t be used</h1>
      <p>
        {error.kind === 'stale-return'
          ? 'It belongs to a bank visit that has already ended or is too old. Nothing was changed.'
          : 'It doesn’t match a bank visit started in this browser, so we can’t show a result for it. Nothing was changed.'}
      </p>
      <p>
        <a href="/" onClick={followLink}>
          Back to the start page
        </a>
      </p>
    </div>
  );
}

/** `/return`: where finAPI's form sends the customer back. The proxy decides the outcome. */
export function ReturnPage() {
  return (
    <div className="demo-page">
      <WebFormReturn
        supportUrl={`${window.location.origin}/support`}
        headingLevel={1}
        onContinue={() => navigate('/')}
        onRestart={() => navigate('/')}
        fallback={(error) => <RefusedReturn error={error} />}
      />
    </div>
  );
}
