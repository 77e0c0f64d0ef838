import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { useWebFormFlow } from '../../src/hooks/index.ts';
import type { OpenIn, WebFormFlowResult } from '../../src/hooks/index.ts';
import { FakeProxy } from './support/fakeProxy.ts';
import { WEB_FORM_ID, webForm } from './support/fixtures.ts';
import { PAYMENT, storedFlow } from './support/flow.ts';
import { createKit, flush, useFakeClock } from './support/kit.tsx';

const proxy = new FakeProxy();

beforeAll(() => proxy.server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => proxy.server.close());
beforeEach(() => {
  useFakeClock();
  sessionStorage.clear();
  localStorage.clear();
  proxy.answer('POST /api/webforms/standalone-payment', webForm());
  proxy.answer(`GET /api/webforms/${WEB_FORM_ID}`, webForm());
});
afterEach(() => {
  cleanup();
  proxy.reset();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

let latest: WebFormFlowResult | undefined;

function Checkout({ openIn, onClick }: { openIn: OpenIn; onClick?: () => void }) {
  const flow = useWebFormFlow({ ...PAYMENT, openIn });
  latest = flow;
  return (
    <div data-screen={flow.screen}>
      <button
        type="button"
        disabled={flow.url === null}
        onClick={() => {
          flow.open();
          onClick?.();
        }}
      >
        Continue to your bank
      </button>
      {flow.popupBlocked && flow.url !== null ? (
        <a
          href={flow.url}
          target="_blank"
          rel="noreferrer"
          onClick={(event) => {
            // jsdom cannot navigate; a browser follows the link after this handler.
            event.preventDefault();
            flow.openedThroughLink();
          }}
        >
          Open the bank form
        </a>
      ) : null}
    </div>
  );
}

describe('useWebFormFlow: open()', () => {
  it('sends the user to the web form in the same tab with location.assign', async () => {
    const { wrapper, events } = createKit();
    render(<Checkout openIn="same-tab" />, { wrapper });
    await flush();
    const url = latest?.url;
    expect(url).toMatch(/^https:\/\/webform\.example\/wf\//);

    const assign = vi.fn();
    const real = window.location;
    vi.stubGlobal('location', { href: real.href, origin: real.origin, assign });
    fireEvent.click(screen.getByRole('button', { name: 'Continue to your bank' }));

    expect(assign).toHaveBeenCalledTimes(1);
    expect(assign).toHaveBeenCalledWith(url);
    // Stored before the page unloads, so the way back knows the form was opened.
    expect(storedFlow()).toMatchObject({ id: WEB_FORM_ID, opened: true, openIn: 'same-tab' });
    expect(latest?.state).toBe('waiting');
    expect(events.find((e) => e.type === 'opened')).toMatchObject({
      openIn: 'same-tab',
      popupBlocked: false,
    });
  });

  it('opens a new tab synchronously inside the click', async () => {
    const open = vi.fn(() => ({}) as Window);
    vi.stubGlobal('open', open);
    const callsDuringClick: number[] = [];
    const { wrapper } = createKit();
    render(
      <Checkout openIn="new-tab" onClick={() => callsDuringClick.push(open.mock.calls.length)} />,
      { wrapper },
    );
    await flush();
    const url = latest?.url;

    fireEvent.click(screen.getByRole('button', { name: 'Continue to your bank' }));
    expect(callsDuringClick).toEqual([1]);
    expect(open).toHaveBeenCalledWith(url, '_blank');
    expect(latest?.state).toBe('waiting');
    expect(latest?.screen).toBe('waiting');
    expect(latest?.popupBlocked).toBe(false);
  });

  it('falls back to a link when the popup is blocked', async () => {
    vi.stubGlobal(
      'open',
      vi.fn(() => null),
    );
    const { wrapper, events } = createKit();
    const { container } = render(<Checkout openIn="new-tab" />, { wrapper });
    await flush();

    fireEvent.click(screen.getByRole('button', { name: 'Continue to your bank' }));
    const link = screen.getByRole('link', { name: 'Open the bank form' });
    expect(link).toHaveAttribute('href', latest?.url);
    expect(latest?.popupBlocked).toBe(true);
    expect(latest?.state).toBe('ready');
    expect(container.querySelector('[data-screen]')).toHaveAttribute('data-screen', 'redirect');
    expect(storedFlow()).toMatchObject({ opened: false });
    expect(events.find((e) => e.type === 'opened')).toMatchObject({ popupBlocked: true });
  });

  it('records the open when the user clicks the fallback link', async () => {
    vi.stubGlobal(
      'open',
      vi.fn(() => null),
    );
    const { wrapper, events } = createKit();
    const { container } = render(<Checkout openIn="new-tab" />, { wrapper });
    await flush();
    fireEvent.click(screen.getByRole('button', { name: 'Continue to your bank' }));

    fireEvent.click(screen.getByRole('link', { name: 'Open the bank form' }));
    expect(latest?.state).toBe('waiting');
    expect(latest?.popupBlocked).toBe(false);
    expect(container.querySelector('[data-screen]')).toHaveAttribute('data-screen', 'waiting');
    // Stored, so a reload or the return route knows the one-time URL is used up.
    expect(storedFlow()).toMatchObject({ id: WEB_FORM_ID, opened: true });
    expect(events.filter((e) => e.type === 'opened')).toEqual([
      expect.objectContaining({ popupBlocked: true }),
      expect.objectContaining({ popupBlocked: false }),
    ]);
  });

  it('does nothing before there is a URL to open', () => {
    const open = vi.fn(() => ({}) as Window);
    vi.stubGlobal('open', open);
    const { wrapper } = createKit();
    render(<Checkout openIn="new-tab" />, { wrapper });
    act(() => latest?.open());
    expect(open).not.toHaveBeenCalled();
    expect(latest?.state).toBe('creating');
  });
});
