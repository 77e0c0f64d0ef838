import { followLink } from '../router.ts';

/** The page finAPI's form links to as `customerSupportUrl`. */
export function SupportPage() {
  return (
    <div className="demo-page">
      <h1>Customer support</h1>
      <p className="demo-lead">
        Something went wrong with your bank or payment? We’re here to help, Monday to Friday, 8:00
        to 20:00.
      </p>
      <ul className="demo-list">
        <li>
          Phone: <a href="tel:+4930123456789">+49 30 123 456 789</a>
        </li>
        <li>
          Email: <a href="mailto:support@bank.example">support@bank.example</a>
        </li>
      </ul>
      <p>If you were shown an error code, please have it at hand.</p>
      <p>
        <a href="/" onClick={followLink}>
          Back to the start page
        </a>
      </p>
    </div>
  );
}
