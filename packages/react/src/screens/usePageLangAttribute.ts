import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  return () => observer.disconnect();
}

const pageLang = () => document.documentElement.lang;
// On the server the page's language is unknown; saying the screen's own is always correct.
const unknownPageLang = () => null;

const primary = (tag: string) => tag.split('-')[0]?.toLowerCase() ?? '';

/**
 * The `lang` attribute a screen's root needs: its language when that differs from the page's
 * (`<html lang>`), otherwise none, so assistive technology switches voice only where needed.
 */
export function usePageLangAttribute(lang: string): string | undefined {
  const page = useSyncExternalStore(subscribe, pageLang, unknownPageLang);
  return page !== null && page !== '' && primary(page) === primary(lang) ? undefined : lang;
}
