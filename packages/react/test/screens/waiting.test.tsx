import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WaitingScreen } from '../../src/screens/index.ts';

const NOW = Date.parse('2026-11-26T10:00:00Z');
const tick = (ms: number) => act(() => vi.advanceTimersByTime(ms));

describe('waiting screen', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(NOW);
  });
  afterEach(() => vi.useRealTimers());

  it('words NOT_YET_OPENED and IN_PROGRESS differently', () => {
    const { container, rerender } = render(<WaitingScreen status="NOT_YET_OPENED" />);
    expect(container.firstElementChild).toHaveAttribute('data-state', 'NOT_YET_OPENED');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      'Continue in the secure form',
    );
    rerender(<WaitingScreen status="IN_PROGRESS" />);
    expect(container.firstElementChild).toHaveAttribute('data-state', 'IN_PROGRESS');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      'Please complete the secure form',
    );
  });

  it('offers the way back to the form only while it has not been opened (its URL works once)', () => {
    const onOpen = vi.fn();
    const { rerender } = render(<WaitingScreen status="NOT_YET_OPENED" onOpen={onOpen} />);
    const button = screen.getByRole('button', { name: 'Open the secure form' });
    expect(button).toHaveAttribute('data-action', 'open-web-form');
    act(() => button.click());
    expect(onOpen).toHaveBeenCalledOnce();

    rerender(
      <WaitingScreen
        status="IN_PROGRESS"
        onOpen={onOpen}
        url="https://webform.example/wf/1"
        popupBlocked
      />,
    );
    expect(screen.queryByRole('button', { name: 'Open the secure form' })).toBeNull();
    expect(screen.queryByRole('link', { name: /Open the secure form/ })).toBeNull();
    expect(document.querySelector('[data-action="open-web-form"]')).toBeNull();
  });

  it('tells a user who closed the form’s tab to start again', () => {
    const onRestart = vi.fn();
    render(<WaitingScreen status="IN_PROGRESS" onRestart={onRestart} onCancel={() => {}} />);
    expect(screen.getByText(/Closed the form by mistake\?/)).toBeInTheDocument();
    act(() => screen.getByRole('button', { name: 'Start again' }).click());
    expect(onRestart).toHaveBeenCalledOnce();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeInTheDocument();
  });

  it('shows the time left, in minutes and then in seconds, and when it is up', () => {
    render(<WaitingScreen status="IN_PROGRESS" expiresAt={new Date(NOW + 3 * 60_000 + 30_000)} />);
    expect(screen.getByText('3 minutes left')).toBeInTheDocument();
    tick(60_000);
    expect(screen.getByText('2 minutes left')).toBeInTheDocument();
    tick(90_000);
    expect(screen.getByText('1 minute left')).toBeInTheDocument();
    tick(59_000);
    expect(screen.getByText('1 second left')).toBeInTheDocument();
    tick(1000);
    expect(screen.getByText('The time for the secure form is up.')).toBeInTheDocument();
  });

  it('reads finAPI’s timestamp format', () => {
    render(<WaitingScreen status="IN_PROGRESS" expiresAt="2026-11-26T10:20:00.000+0000" />);
    expect(screen.getByText('20 minutes left')).toBeInTheDocument();
  });

  it('announces the time left at marks (10, 5, 2, 1 minutes, 30 seconds), not every second', () => {
    render(<WaitingScreen status="IN_PROGRESS" expiresAt={NOW + 6 * 60_000} />);
    const status = screen.getByRole('status');
    tick(30_000);
    expect(status).toBeEmptyDOMElement();
    tick(30_000); // 5:00 left
    tick(200);
    expect(status).toHaveTextContent('5 minutes left');
    tick(60_000); // 4 minutes left: no new announcement
    expect(status).toHaveTextContent('5 minutes left');
    tick(3 * 60_000); // 1 minute left, 2 passed on the way
    tick(200);
    expect(status).toHaveTextContent('1 minute left');
    tick(30_000);
    tick(200);
    expect(status).toHaveTextContent('30 seconds left');
  });
});
