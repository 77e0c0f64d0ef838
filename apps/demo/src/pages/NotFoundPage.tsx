import { useDemoMessages } from '../i18n/DemoMessagesContext.ts';
import { followLink } from '../router.ts';

export function NotFoundPage() {
  const t = useDemoMessages();
  return (
    <div className="demo-page">
      <h1>{t.notFoundHeading}</h1>
      <p>
        <a href="/" onClick={followLink}>
          {t.backToStart}
        </a>
      </p>
    </div>
  );
}
