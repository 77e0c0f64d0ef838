import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ANNOUNCE_DELAY_MS } from '../../src/screens/useAnnouncement.ts';
import { RedirectScreen } from '../../src/screens/index.ts';

const tick = (ms: number) => act(() => vi.advanceTimersByTime(ms));

describe('redirect countdown', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('counts down every second and opens the form at zero, once', () => {
    const onOpen = vi.fn();
    render(<RedirectScreen onOpen={onOpen} countdown={3} />);
    expect(
      screen.getByText('You will be taken to the secure form automatically in 3 seconds.'),
    ).toBeInTheDocument();
    tick(1000);
    expect(screen.getByText(/automatically in 2 seconds/)).toBeInTheDocument();
    tick(1000);
    expect(screen.getByText(/automatically in 1 second\./)).toBeInTheDocument();
    expect(onOpen).not.toHaveBeenCalled();
    tick(1000);
    expect(onOpen).toHaveBeenCalledOnce();
    tick(5000);
    expect(onOpen).toHaveBeenCalledOnce();
  });

  it('is announced once when it starts, not every second', () => {
    render(<RedirectScreen onOpen={() => {}} countdown={10} />);
    const status = screen.getByRole('status');
    tick(ANNOUNCE_DELAY_MS);
    expect(status).toHaveTextContent(
      'You will be taken to the secure form automatically in 10 seconds.',
    );
    tick(3000);
    expect(status).toHaveTextContent(/in 10 seconds/);
  });

  it('can be cancelled: the form is not opened, the user is told, focus stays on the open button', () => {
    const onOpen = vi.fn();
    render(<RedirectScreen onOpen={onOpen} countdown={5} />);
    tick(2000);
    fireEvent.click(screen.getByRole('button', { name: 'Stay on this page' }));
    expect(screen.queryByRole('button', { name: 'Stay on this page' })).toBeNull();
    expect(screen.getByText(/Automatic forwarding is off/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Continue to the secure form' })).toHaveFocus();
    tick(ANNOUNCE_DELAY_MS);
    expect(screen.getByRole('status')).toHaveTextContent(/Automatic forwarding is off/);
    tick(10_000);
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('stops when the user opens the form themselves, without calling it cancelled', () => {
    const onOpen = vi.fn();
    render(<RedirectScreen onOpen={onOpen} countdown={5} />);
    fireEvent.click(screen.getByRole('button', { name: 'Continue to the secure form' }));
    expect(onOpen).toHaveBeenCalledOnce();
    tick(10_000);
    expect(onOpen).toHaveBeenCalledOnce();
    expect(screen.queryByText(/Automatic forwarding is off/)).toBeNull();
  });

  it('does not run while the form is being created, nor after the new tab was blocked', () => {
    const onOpen = vi.fn();
    const { rerender } = render(<RedirectScreen onOpen={onOpen} countdown={2} preparing />);
    tick(5000);
    expect(onOpen).not.toHaveBeenCalled();
    rerender(
      <RedirectScreen
        onOpen={onOpen}
        countdown={2}
        popupBlocked
        url="https://webform.example/wf/1"
      />,
    );
    tick(5000);
    expect(onOpen).not.toHaveBeenCalled();
    expect(screen.queryByText(/automatically/)).toBeNull();
  });
});
