import { useEffect } from 'react';

export const SITE_NAME = 'Demo Bank';

/**
 * Titles the document after what the page shows: the heading of the kit's screen (the element
 * with `data-screen`) or of the demo's own page, as "Payment submitted - Demo Bank". Watching the
 * DOM rather than the flow's state keeps the title right whatever the screen's wording or
 * language, and it changes with the screen.
 */
export function useDocumentTitle(): void {
  useEffect(() => {
    const main = document.getElementById('main');
    if (main === null) return;
    const update = () => {
      const heading =
        main.querySelector('[data-screen] h1, [data-screen] h2') ?? main.querySelector('h1');
      const text = heading?.textContent?.replace(/\s+/g, ' ').trim();
      const title = text ? `${text} - ${SITE_NAME}` : SITE_NAME;
      if (document.title !== title) document.title = title;
    };
    update();
    const observer = new MutationObserver(update);
    observer.observe(main, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['data-screen'],
    });
    return () => observer.disconnect();
  }, []);
}
