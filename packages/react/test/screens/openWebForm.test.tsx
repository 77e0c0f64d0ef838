import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import {
  OpenWebFormAction,
  RedirectScreen,
  WaitingScreen,
  WebFormRequiredScreen,
} from '../../src/screens/index.ts';

const URL = 'https://webform.example/wf/946db09e-5bfc-11eb-ae93-0242ac130002';

describe('the action that opens the web form', () => {
  it.each([
    ['redirect', (onOpen: () => void) => <RedirectScreen onOpen={onOpen} url={URL} />],
    [
      'web-form-required',
      (onOpen: () => void) => <WebFormRequiredScreen onOpen={onOpen} url={URL} />,
    ],
  ])('%s: is a button marked data-action="open-web-form" that calls onOpen', async (_, make) => {
    const onOpen = vi.fn();
    render(make(onOpen));
    const button = screen.getByRole('button', { name: 'Continue to the secure form' });
    expect(button).toHaveAttribute('data-action', 'open-web-form');
    await userEvent.click(button);
    expect(onOpen).toHaveBeenCalledOnce();
  });

  it.each([
    ['redirect', <RedirectScreen onOpen={() => {}} url={URL} popupBlocked />],
    ['web-form-required', <WebFormRequiredScreen onOpen={() => {}} url={URL} popupBlocked />],
    ['waiting', <WaitingScreen status="NOT_YET_OPENED" onOpen={() => {}} url={URL} popupBlocked />],
  ])('%s: becomes a plain link to the form once the browser blocked the new tab', (_, element) => {
    render(element);
    expect(screen.queryByRole('button', { name: /secure form/ })).toBeNull();
    const link = screen.getByRole('link', { name: 'Open the secure form (opens in a new tab)' });
    expect(link).toHaveAttribute('href', URL);
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener');
    expect(link).toHaveAttribute('data-action', 'open-web-form');
    expect(screen.getByText(/blocked the new tab/)).toBeInTheDocument();
  });

  it.each([
    [
      'redirect',
      (blocked: boolean) => (
        <RedirectScreen onOpen={() => {}} url={URL} openIn="new-tab" popupBlocked={blocked} />
      ),
    ],
    [
      'web-form-required',
      (blocked: boolean) => (
        <WebFormRequiredScreen
          onOpen={() => {}}
          url={URL}
          openIn="new-tab"
          popupBlocked={blocked}
        />
      ),
    ],
    [
      'waiting',
      (blocked: boolean) => (
        <WaitingScreen status="NOT_YET_OPENED" onOpen={() => {}} url={URL} popupBlocked={blocked} />
      ),
    ],
  ])('%s: keeps focus on the action when the button turns into the link', (_, screenWith) => {
    const { rerender } = render(screenWith(false));
    screen.getByRole('button', { name: /secure form/ }).focus();
    rerender(screenWith(true));
    expect(screen.getByRole('link', { name: /Open the secure form/ })).toHaveFocus();
  });

  it('waits, focusable and announced as unavailable, while the form is being created', async () => {
    const onOpen = vi.fn();
    render(<RedirectScreen onOpen={onOpen} preparing />);
    const button = screen.getByRole('button', { name: 'Preparing the secure form…' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAttribute('data-action', 'open-web-form');
    await userEvent.click(button);
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('runs the integrator’s onClick first, which can veto opening with preventDefault', async () => {
    const calls: string[] = [];
    const { rerender } = render(
      <OpenWebFormAction onClick={() => calls.push('theirs')} onOpen={() => calls.push('open')} />,
    );
    await userEvent.click(screen.getByRole('button'));
    expect(calls).toEqual(['theirs', 'open']);

    calls.length = 0;
    rerender(
      <OpenWebFormAction
        onClick={(event) => {
          calls.push('theirs');
          event.preventDefault();
        }}
        onOpen={() => calls.push('open')}
      />,
    );
    await userEvent.click(screen.getByRole('button'));
    expect(calls).toEqual(['theirs']);
  });

  it('is reachable and usable with the keyboard alone', async () => {
    const user = userEvent.setup();
    const onOpen = vi.fn();
    const onCancel = vi.fn();
    render(<RedirectScreen onOpen={onOpen} onCancel={onCancel} />);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Continue to the secure form' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onOpen).toHaveBeenCalledOnce();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.keyboard(' ');
    expect(onCancel).toHaveBeenCalledOnce();
  });
});
