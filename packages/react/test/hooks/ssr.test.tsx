// @vitest-environment node
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  WebFormKitProvider,
  useReturnFlow,
  useTaskStatus,
  useWebFormFlow,
  useWebFormStatus,
} from '../../src/hooks/index.ts';
import { WebFormFlow, WebFormReturn } from '../../src/screens/index.ts';
import { TASK_ID, WEB_FORM_ID } from './support/fixtures.ts';
import { PAYMENT } from './support/flow.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

function EveryHook() {
  const webForm = useWebFormStatus(WEB_FORM_ID);
  const task = useTaskStatus(TASK_ID);
  const flow = useWebFormFlow(PAYMENT);
  const background = useWebFormFlow({
    kind: 'background-update',
    request: { bankConnectionId: 7 },
    storageKey: 'update',
  });
  const back = useReturnFlow();
  return (
    <main>
      <p data-screen={flow.screen}>{flow.state}</p>
      <p data-screen={background.screen}>{background.state}</p>
      <p data-screen={back.screen ?? 'none'}>{back.state}</p>
      <p>{`${webForm.isLoading ? 'loading' : 'idle'} ${task.push}`}</p>
    </main>
  );
}

describe('server rendering', () => {
  it('renders every hook without window, storage or requests', () => {
    expect(typeof window).toBe('undefined');
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);

    const html = renderToString(
      <WebFormKitProvider baseUrl="/api">
        <EveryHook />
      </WebFormKitProvider>,
    );
    expect(html).toContain('data-screen="redirect">idle');
    expect(html).toContain('data-screen="checking">idle');
    expect(html).toContain('data-screen="checking">checking');
    expect(html).toContain('loading off');
    expect(fetch).not.toHaveBeenCalled();
  });

  it("renders inside the app's own QueryClientProvider", () => {
    const html = renderToString(
      <QueryClientProvider client={new QueryClient()}>
        <WebFormKitProvider>
          <EveryHook />
        </WebFormKitProvider>
      </QueryClientProvider>,
    );
    expect(html).toContain('<main>');
  });

  it('renders WebFormFlow as its redirect screen, in English, without loading its chunk', () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const html = renderToString(<WebFormFlow kind="standalone-payment" input={{ orderId: '1' }} />);
    expect(html).toContain('data-screen="redirect"');
    expect(html).toContain('Confirm your payment with your bank');
    expect(html).toContain('data-action="open-web-form"');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('renders WebFormReturn as its checking screen, in English, without loading its chunk', () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const html = renderToString(<WebFormReturn fallback={() => <p>refused</p>} />);
    expect(html).toContain('data-screen="checking"');
    expect(html).toContain('Checking the result');
    expect(html).not.toContain('refused');
    expect(fetch).not.toHaveBeenCalled();
  });
});
