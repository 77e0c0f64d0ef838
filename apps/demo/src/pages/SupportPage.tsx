import { useDemoMessages } from '../i18n/DemoMessagesContext.ts';
import { followLink } from '../router.ts';

/** The page finAPI's form links to as `customerSupportUrl`. */
export function SupportPage() {
  const t = useDemoMessages();
  return (
    <div className="demo-page">
      <h1>{t.supportHeading}</h1>
      <p className="demo-lead">{t.supportLead}</p>
      <ul className="demo-list">
        <li>
          {t.supportPhone}: <a href="tel:+4930123456789">+49 30 123 456 789</a>
        </li>
        <li>
          {t.supportEmail}: <a href="mailto:support@bank.example">support@bank.example</a>
        </li>
      </ul>
      <p>{t.supportCode}</p>
      <p>
        <a href="/" onClick={followLink}>
          {t.backToStart}
        </a>
      </p>
    </div>
  );
}
