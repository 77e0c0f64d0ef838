import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { en, I18nProvider, WebFormKitProvider } from '@webform-kit/react';
import type { ReactNode } from 'react';
import { logKitEvent } from './eventLog.ts';
import { useKitLocale } from './i18n/KitLocaleContext.ts';
import { useSettings } from './settings.ts';

// One client for the whole visit, outside React: the pages that use the kit are mounted and
// unmounted as the visitor moves around, and the cache should outlive them.
const queryClient = new QueryClient();

/**
 * The kit, set up as the README tells integrators: the app's own QueryClient (the kit joins it),
 * WebFormKitProvider and the kit's language. Only the pages that show a flow (the flow pages, the
 * return page) render inside it, so the start page loads none of the kit, TanStack Query or zod.
 */
export function KitScope({ children }: { children: ReactNode }) {
  const [settings] = useSettings();
  const catalogue = useKitLocale();
  return (
    <QueryClientProvider client={queryClient}>
      <WebFormKitProvider push={settings.push} onEvent={logKitEvent}>
        <I18nProvider locale={catalogue ?? en}>{children}</I18nProvider>
      </WebFormKitProvider>
    </QueryClientProvider>
  );
}
