import { followLink } from '../router.ts';

export function NotFoundPage() {
  return (
    <div className="demo-page">
      <h1>Page not found</h1>
      <p>
        <a href="/" onClick={followLink}>
          Back to the start page
        </a>
      </p>
    </div>
  );
}
