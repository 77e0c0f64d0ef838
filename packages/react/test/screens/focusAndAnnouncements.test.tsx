import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import {
  CheckingScreen,
  CompletedScreen,
  ExpiredScreen,
  WaitingScreen,
} from '../../src/screens/index.ts';

describe('focus on screen change', () => {
  it('leaves focus alone on a page’s first render', () => {
    render(<CompletedScreen />);
    expect(screen.getByRole('heading', { level: 2 })).not.toHaveFocus();
    expect(document.body).toHaveFocus();
  });

  it('moves focus to the heading when asked (a screen that replaces another)', () => {
    render(<CompletedScreen autoFocus />);
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading).toHaveFocus();
    // Focusable by script only: it never joins the tab order.
    expect(heading).toHaveAttribute('tabindex', '-1');
  });

  it('moves focus to the new heading when one screen replaces another', () => {
    function Flow() {
      const [done, setDone] = useState(false);
      return done ? (
        <CompletedScreen autoFocus />
      ) : (
        <CheckingScreen actions={<button onClick={() => setDone(true)}>Finish</button>} />
      );
    }
    render(<Flow />);
    fireEvent.click(screen.getByRole('button', { name: 'Finish' }));
    expect(screen.getByRole('heading', { name: 'Bank account connected' })).toHaveFocus();
  });
});

describe('announcements', () => {
  it('announces the new screen’s news politely when it replaces another', async () => {
    render(<ExpiredScreen autoFocus />);
    const status = screen.getByRole('status');
    // Empty at first, so screen readers register the region before its text arrives.
    expect(status).toBeEmptyDOMElement();
    await waitFor(() => expect(status).toHaveTextContent(/only valid for a limited time/));
  });

  it('says nothing on a page’s first render, where the page is read anyway', () => {
    vi.useFakeTimers();
    try {
      render(<ExpiredScreen />);
      act(() => vi.advanceTimersByTime(10_000));
      expect(screen.getByRole('status')).toBeEmptyDOMElement();
    } finally {
      vi.useRealTimers();
    }
  });

  it('announces a status change that does not move focus (waiting: the form was opened)', async () => {
    const { rerender } = render(<WaitingScreen status="NOT_YET_OPENED" />);
    rerender(<WaitingScreen status="IN_PROGRESS" />);
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(/Please complete the secure form/),
    );
    expect(screen.getByRole('heading', { level: 2 })).not.toHaveFocus();
  });
});

describe('focus rescue', () => {
  it('catches focus on the heading when the focused control disappears', () => {
    const { rerender } = render(<WaitingScreen status="NOT_YET_OPENED" onOpen={() => {}} />);
    screen.getByRole('button', { name: 'Open the secure form' }).focus();
    rerender(<WaitingScreen status="IN_PROGRESS" onOpen={() => {}} />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveFocus();
  });
});
