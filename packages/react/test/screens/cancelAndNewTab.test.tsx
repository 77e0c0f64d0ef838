import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { WebFormKitProvider } from '../../src/hooks/index.ts';
import { WaitingScreen, WebFormFlow, type WebFormFlowProps } from '../../src/screens/index.ts';
import { de } from '../../src/i18n/locales/de.ts';
import { createFakeProxy, type FakeProxy } from './fakeProxy.ts';
import { loadWebFormFlowScreens } from '../../src/screens/loadWebFormFlowScreens.ts';

async function settle(ms = 0) {
  await act(() => vi.advanceTimersByTimeAsync(ms));
  for (let i = 0; i < 5; i += 1) await act(() => vi.advanceTimersByTimeAsync(20));
}

let proxy: FakeProxy;

function renderFlow(props: Partial<WebFormFlowProps<'bank-connection-import'>> = {}) {
  return render(
    <WebFormKitProvider client={proxy.client} push={false} pollIntervalMs={1000}>
      <WebFormFlow kind="bank-connection-import" request={{}} openIn="new-tab" {...props} />
    </WebFormKitProvider>,
  );
}

const heading = () => screen.getByRole('heading', { level: 2 });
const dataScreen = () => document.querySelector('[data-screen]')?.getAttribute('data-screen');
const creations = () => proxy.requests.filter((r) => r.startsWith('POST')).length;

// WebFormFlow requests its engine and later screens at mount. Loaded up front here, so these tests
// time the flow, not the module loader; lazyChunk.test.tsx covers the loading itself.
beforeAll(() => loadWebFormFlowScreens());

beforeEach(() => {
  vi.useFakeTimers();
  sessionStorage.clear();
  proxy = createFakeProxy();
  vi.spyOn(window, 'open').mockImplementation(() => ({}) as Window);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('cancelling without onCancel', () => {
  it('moves on from the redirect screen to the cancelled screen, and Start again starts anew', async () => {
    renderFlow();
    await settle();
    const id = proxy.current()?.id;
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await settle();
    expect(proxy.requests).toContain(`DELETE /api/webforms/${id}`);
    expect(dataScreen()).toBe('aborted');
    expect(heading()).toHaveTextContent('Process cancelled');
    expect(heading()).toHaveFocus();
    expect(creations()).toBe(1);

    fireEvent.click(screen.getByRole('button', { name: 'Start again' }));
    await settle();
    expect(dataScreen()).toBe('redirect');
    expect(creations()).toBe(2);
    expect(screen.getByRole('button', { name: 'Continue to the secure form' })).toBeEnabled();
  });

  it('moves on from the waiting screen too', async () => {
    renderFlow();
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Continue to the secure form' }));
    await settle();
    expect(dataScreen()).toBe('waiting');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await settle();
    expect(dataScreen()).toBe('aborted');
    expect(screen.getByRole('button', { name: 'Start again' })).toBeInTheDocument();
  });

  it('with onCancel, leaves the screen to the app', async () => {
    const onCancel = vi.fn();
    renderFlow({ onCancel });
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await settle();
    expect(onCancel).toHaveBeenCalledOnce();
    expect(dataScreen()).not.toBe('aborted');
  });
});

describe('the waiting screen after opening the form in a new tab', () => {
  it('says where to continue, not that the form has not been opened', async () => {
    renderFlow();
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Continue to the secure form' }));
    await settle();
    // finAPI still says NOT_YET_OPENED until the form's page has loaded in the other tab.
    expect(dataScreen()).toBe('waiting');
    expect(document.querySelector('[data-screen]')).toHaveAttribute('data-state', 'NOT_YET_OPENED');
    expect(heading()).toHaveTextContent('Continue in the secure form');
    expect(
      screen.getByText('If the secure form did not open, you can open it here.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/has not been opened yet/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Open the secure form' })).toBeInTheDocument();
  });

  it('is worded in the active language', () => {
    render(<WaitingScreen status="NOT_YET_OPENED" messages={de.messages} />);
    expect(heading()).toHaveTextContent('Fahren Sie im sicheren Formular fort');
  });
});
