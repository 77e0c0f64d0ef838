import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { en, I18nProvider, WebFormKitProvider, type MessageCatalogue } from '@webform-kit/react';
import { useEffect, useState } from 'react';
import { followLink, usePath } from './router.ts';
import { loadLocale } from './locales.ts';
import { logKitEvent, logServerEvent, useFlowLog, type ServerEvent } from './eventLog.ts';
import { DemoMessagesContext } from './i18n/DemoMessagesContext.ts';
import { en as demoEn, type DemoMessages } from './i18n/en.ts';
import { loadDemoMessages } from './i18n/loadDemoMessages.ts';
import { useSettings, type Language } from './settings.ts';
import { useTellSimulatorPresentation } from './tellSimulatorPresentation.ts';
import { SITE_NAME, useDocumentTitle } from './useDocumentTitle.ts';
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

interface Locale {
  catalogue: MessageCatalogue;
  messages: DemoMessages;
}

const ENGLISH: Locale = { catalogue: en, messages: demoEn };

/**
 * The chosen language, the kit's catalogue and the demo's words together, loaded on demand;
 * English until both have arrived, so the page never mixes two languages.
 */
function useLocale(language: Language): Locale {
  const [loaded, setLoaded] = useState<Locale>(ENGLISH);
  useEffect(() => {
    let current = true;
    Promise.all([loadLocale(language), loadDemoMessages(language)]).then(
      ([catalogue, messages]) => current && setLoaded({ catalogue, messages }),
      () => current && setLoaded(ENGLISH),
    );
    return () => {
      current = false;
    };
  }, [language]);
  return loaded.messages.lang === language ? loaded : ENGLISH;
}

/** The proxy's events (finAPI calls, callbacks) for the flow on screen. Demo server only. */
function useServerEvents(enabled: boolean) {
  const flowId = useFlowLog()?.id;
  useEffect(() => {
    if (!enabled || flowId === undefined || typeof EventSource === 'undefined') return;
    const source = new EventSource(`/__demo/events?flow=${encodeURIComponent(flowId)}`);
    source.onmessage = (message: MessageEvent<string>) => {
      try {
        logServerEvent(flowId, JSON.parse(message.data) as ServerEvent);
      } catch {
        // Not for the log.
      }
    };
    return () => source.close();
  }, [enabled, flowId]);
}

/**
 * The demo, built as the README tells integrators to build: the app's own QueryClient (the kit
 * joins it), WebFormKitProvider, and WebFormFlow / WebFormReturn on the app's routes.
 */
export function App() {
  const [settings] = useSettings();
  const [queryClient] = useState(() => new QueryClient());
  const path = usePath();
  const { catalogue, messages } = useLocale(settings.language);
  useServerEvents(settings.panels);
  useTellSimulatorPresentation(settings.language, settings.theme);
  useDocumentTitle();

  useEffect(() => {
    const html = document.documentElement;
    if (settings.theme === 'system') delete html.dataset.theme;
    else html.dataset.theme = settings.theme;
  }, [settings.theme]);
  useEffect(() => {
    document.documentElement.lang = catalogue.lang;
  }, [catalogue]);

  return (
    <QueryClientProvider client={queryClient}>
      <WebFormKitProvider push={settings.push} onEvent={logKitEvent}>
        <I18nProvider locale={catalogue}>
          <DemoMessagesContext.Provider value={messages}>
            <div className="demo" data-panels={settings.panels ? 'shown' : 'hidden'}>
              <header className="demo-header">
                <a className="demo-brand" href="/" onClick={followLink}>
                  <span aria-hidden="true" className="demo-logo" />
                  {SITE_NAME}
                </a>
                <DemoControls />
              </header>
              <div className="demo-body">
                <main className="demo-main" id="main">
                  <Route path={path} />
                </main>
                {settings.panels && (
                  <aside className="demo-aside" aria-label={messages.asideLabel}>
                    <Walkthrough />
                    <EventLog />
                  </aside>
                )}
              </div>
            </div>
          </DemoMessagesContext.Provider>
        </I18nProvider>
      </WebFormKitProvider>
    </QueryClientProvider>
  );
}
