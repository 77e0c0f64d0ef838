import type { MessageCatalogue } from '@webform-kit/react';
import { Suspense, useEffect, useState } from 'react';
import { flowOf, type DemoFlow } from './flows.ts';
import { followLink, usePath } from './router.ts';
import { loadLocale } from './locales.ts';
import { logServerEvent, useFlowLog, type ServerEvent } from './eventLog.ts';
import { DemoMessagesContext, useDemoMessages } from './i18n/DemoMessagesContext.ts';
import { en as demoEn, type DemoMessages } from './i18n/en.ts';
import { KitLocaleContext } from './i18n/KitLocaleContext.ts';
import { loadDemoMessages } from './i18n/loadDemoMessages.ts';
import { lazyPage } from './lazyPage.ts';
import { PageBoundary } from './PageBoundary.tsx';
import { useSettings, type Language } from './settings.ts';
import { useTellSimulatorPresentation } from './tellSimulatorPresentation.ts';
import { SITE_NAME, useDocumentTitle } from './useDocumentTitle.ts';
import { DemoControls } from './panels/DemoControls.tsx';

// Every page and panel is a chunk of its own: the first view loads React, this shell and its
// own page; the flow and return pages bring the kit (and TanStack Query, zod) when first shown.
const StartPage = lazyPage(() => import('./pages/StartPage.tsx').then((m) => m.StartPage));
const FlowPage = lazyPage(() => import('./pages/FlowPage.tsx').then((m) => m.FlowPage));
const ReturnPage = lazyPage(() => import('./pages/ReturnPage.tsx').then((m) => m.ReturnPage));
const SupportPage = lazyPage(() => import('./pages/SupportPage.tsx').then((m) => m.SupportPage));
const NotFoundPage = lazyPage(() => import('./pages/NotFoundPage.tsx').then((m) => m.NotFoundPage));
const Panels = lazyPage(() => import('./panels/Panels.tsx').then((m) => m.Panels));

const FLOW_ROUTE = /^\/start\/([a-z-]+)\/?$/;

function Route({ path }: { path: string }) {
  if (path === '/') return <StartPage />;
  if (path === '/return') return <ReturnPage />;
  if (path === '/support') return <SupportPage />;
  const flow = flowAt(path);
  return flow === undefined ? <NotFoundPage /> : <FlowPage flow={flow} />;
}

/** The flow of a `/start/{slug}` path, if the demo has one of that slug. */
function flowAt(path: string): DemoFlow | undefined {
  const slug = FLOW_ROUTE.exec(path)?.[1];
  return slug === undefined ? undefined : flowOf(slug);
}

/** The chunk of the page `Route` shows at `path`. */
function pageOf(path: string): { preload(): Promise<unknown> } {
  if (path === '/') return StartPage;
  if (path === '/return') return ReturnPage;
  if (path === '/support') return SupportPage;
  return flowAt(path) === undefined ? NotFoundPage : FlowPage;
}

/**
 * Loads the chunks of the view at `path` (its page, and the panels when they are shown), for
 * main.tsx to await before the first render.
 */
export function preloadView(path: string, panels: boolean): Promise<unknown> {
  return Promise.all([pageOf(path).preload(), ...(panels ? [Panels.preload()] : [])]);
}

/**
 * Shown in place of a page while its chunk loads (after a click: the first page is loaded before
 * the first render). A status message for screen readers, in the page's own box.
 */
function PageLoading() {
  const t = useDemoMessages();
  return (
    <div className="demo-page" aria-busy="true">
      <p className="demo-note" role="status">
        {t.loading}
      </p>
    </div>
  );
}

interface Locale {
  /** `undefined` for English, which the kit has built in. */
  catalogue: MessageCatalogue | undefined;
  messages: DemoMessages;
}

const ENGLISH: Locale = { catalogue: undefined, messages: demoEn };

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
 * The demo's shell: header, settings and panels around the page of the current route. The pages
 * that show a flow set the kit up as the README tells integrators (see KitScope.tsx), with
 * WebFormFlow / WebFormReturn on the app's routes.
 */
export function App() {
  const [settings] = useSettings();
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
    document.documentElement.lang = messages.lang;
  }, [messages]);

  return (
    <KitLocaleContext.Provider value={catalogue}>
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
              <PageBoundary key={path}>
                <Suspense fallback={<PageLoading />}>
                  <Route path={path} />
                </Suspense>
              </PageBoundary>
            </main>
            {settings.panels && (
              <aside className="demo-aside" aria-label={messages.asideLabel}>
                <Suspense fallback={null}>
                  <Panels />
                </Suspense>
              </aside>
            )}
          </div>
        </div>
      </DemoMessagesContext.Provider>
    </KitLocaleContext.Provider>
  );
}
