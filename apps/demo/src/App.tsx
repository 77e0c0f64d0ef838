import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { en, I18nProvider, WebFormKitProvider, type MessageCatalogue } from '@webform-kit/react';
import { useEffect, useState } from 'react';
import { followLink, usePath } from './router.ts';
import { loadLocale } from './locales.ts';
import { logKitEvent, logServerEvent, type ServerEvent } from './eventLog.ts';
import { useSettings, type Language } from './settings.ts';
import { StartPage } from './pages/StartPage.tsx';
import { FlowPage } from './pages/FlowPage.tsx';
import { ReturnPage } from './pages/ReturnPage.tsx';
import { SupportPage } from './pages/SupportPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { DemoControls } from './panels/DemoControls.tsx';
import { Walkthrough } from './panels/Walkthrough.tsx';
import { EventLog } from './panels/EventLog.tsx';

function Route({ path }: { path: string }) {
  if (path === '/') return <StartPage />;
  if (path === '/return') return <ReturnPage />;
  if (path === '/support') return <SupportPage />;
  const start = /^\/start\/([a-z-]+)\/?$/.exec(path);
  if (start?.[1]) return <FlowPage slug={start[1]} />;
  return <NotFoundPage />;
}

/** The chosen language, loaded on demand; English until it arrives. */
function useLocale(language: Language): MessageCatalogue {
  const [loaded, setLoaded] = useState<MessageCatalogue>(en);
  useEffect(() => {
    let current = true;
    loadLocale(language).then(
      (catalogue) => current && setLoaded(catalogue),
      () => current && setLoaded(en),
    );
    return () => {
      current = false;
    };
  }, [language]);
  return loaded.lang === language ? loaded : en;
}

/** The proxy's own events (finAPI calls, callbacks), for the log. Demo server only. */
function useServerEvents(enabled: boolean) {
  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return;
    const source = new EventSource('/__demo/events');
    source.onmessage = (message: MessageEvent<string>) => {
      try {
        logServerEvent(JSON.parse(message.data) as ServerEvent);
      } catch {
        // Not for the log.
      }
    };
    return () => source.close();
  }, [enabled]);
}

/**
 * The demo, built as the README tells integrators to build: the app's own QueryClient (the kit
 * joins it), WebFormKitProvider, and WebFormFlow / WebFormReturn on the app's routes.
 */
export function App() {
  const [settings] = useSettings();
  const [queryClient] = useState(() => new QueryClient());
  const path = usePath();
  const locale = useLocale(settings.language);
  useServerEvents(settings.panels);

  useEffect(() => {
    const html = document.documentElement;
    if (settings.theme === 'system') delete html.dataset.theme;
    else html.dataset.theme = settings.theme;
  }, [settings.theme]);
  useEffect(() => {
    document.documentElement.lang = locale.lang;
  }, [locale]);

  return (
    <QueryClientProvider client={queryClient}>
      <WebFormKitProvider push={settings.push} onEvent={logKitEvent}>
        <I18nProvider locale={locale}>
          <div className="demo" data-panels={settings.panels ? 'shown' : 'hidden'}>
            <header className="demo-header">
              <a className="demo-brand" href="/" onClick={followLink}>
                <span aria-hidden="true" className="demo-logo" />
                Demo Bank
              </a>
              <DemoControls />
            </header>
            <div className="demo-body">
              <main className="demo-main" id="main">
                <Route path={path} />
              </main>
              {settings.panels && (
                <aside className="demo-aside" aria-label="How it works">
                  <Walkthrough />
                  <EventLog />
                </aside>
              )}
            </div>
          </div>
        </I18nProvider>
      </WebFormKitProvider>
    </QueryClientProvider>
  );
}
