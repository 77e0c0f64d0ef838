import { Component, type ReactNode } from 'react';
import { useDemoMessages } from './i18n/DemoMessagesContext.ts';
import { retryFailedPages } from './lazyPage.ts';

interface PageBoundaryProps {
  children: ReactNode;
}

/**
 * Catches a page whose chunk failed to load (the network dropped, or a redeploy replaced the
 * file) and offers to try again, instead of an empty main area. The demo shell (header, settings,
 * panels) stays. App.tsx keys it by path, so navigating elsewhere starts afresh.
 */
export class PageBoundary extends Component<PageBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? (
      <PageLoadError
        onRetry={() => {
          retryFailedPages();
          this.setState({ failed: false });
        }}
      />
    ) : (
      this.props.children
    );
  }
}

function PageLoadError({ onRetry }: { onRetry: () => void }) {
  const t = useDemoMessages();
  return (
    <div className="demo-page" role="alert">
      <h1>{t.pageLoadErrorHeading}</h1>
      <p>{t.pageLoadErrorLead}</p>
      <p>
        <button type="button" className="demo-small-button" onClick={onRetry}>
          {t.pageLoadErrorRetry}
        </button>
      </p>
    </div>
  );
}
