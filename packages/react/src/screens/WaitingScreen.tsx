import type { FlowSummary, PendingWebFormStatus } from '@webform-kit/core';
import { useEffect, useRef, useState } from 'react';
import { formatTimeLeft } from '../i18n/formatTimeLeft.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { FlowSteps } from './FlowSteps.tsx';
import { Illustration } from './Illustration.tsx';
import { OpenWebFormAction } from './OpenWebFormAction.tsx';
import { OpenWebFormNote } from './OpenWebFormNote.tsx';
import { ScreenButton } from './ScreenButton.tsx';
import { ScreenLayout } from './ScreenLayout.tsx';
import type { ScreenProps } from './ScreenProps.ts';
import { SummaryList } from './SummaryList.tsx';
import { toMillis, type Instant } from './toMillis.ts';
import { useNow } from './useNow.ts';

export interface WaitingScreenProps extends ScreenProps {
  /** `NOT_YET_OPENED` or `IN_PROGRESS`, each with its own words. */
  status: PendingWebFormStatus;
  /** When the web form expires (finAPI's `expiresAt`); shows the time left. */
  expiresAt?: Instant | undefined;
  /** Opens the web form again; offered only while it is `NOT_YET_OPENED` (its URL is one-time). */
  onOpen?: (() => void) | undefined;
  /** The user opened the form through the fallback link (the flow's `openedThroughLink`). */
  onLinkOpen?: (() => void) | undefined;
  /** The web form's URL, for the link offered when the browser blocked the new tab. */
  url?: string | undefined;
  /** The browser blocked the new tab: the open button becomes a link to `url`. */
  popupBlocked?: boolean | undefined;
  /** Starts over with a new web form, for a user who closed the form's tab. */
  onRestart?: (() => void) | undefined;
  /** Gives up the flow. */
  onCancel?: (() => void) | undefined;
  /** What the flow is for (from the app's backend): the amount as the hero, payee and purpose. */
  summary?: FlowSummary | undefined;
}

// Announce the time left when it crosses these marks (in ms: 10, 5, 2 and 1 minutes, 30 seconds),
// not every second.
const MARKS = [600_000, 300_000, 120_000, 60_000, 30_000];

/**
 * While the user is in finAPI's form (usually another tab): whether it is opened yet, the time
 * left until it expires, a way back to it while it has not been opened, and what to do if its
 * tab was closed.
 *
 * @example
 * <WaitingScreen status="IN_PROGRESS" expiresAt={webForm.expiresAt} onRestart={flow.restart} />
 */
export function WaitingScreen({
  status,
  expiresAt,
  onOpen,
  onLinkOpen,
  url,
  popupBlocked = false,
  onRestart,
  onCancel,
  summary,
  children,
  ...layout
}: WaitingScreenProps) {
  const { t, lang } = useI18n(layout.messages);
  // The screen shows once the user was sent to the form, so NOT_YET_OPENED means finAPI has not
  // seen its page load yet, though it may be open in the other tab: the words say where to
  // continue, and offer it again in case it did not open.
  const notYetOpened = status === 'NOT_YET_OPENED';
  const heading = notYetOpened
    ? t('waiting.heading.notYetOpened')
    : t('waiting.heading.inProgress');
  const lead = notYetOpened ? t('waiting.lead.notYetOpened') : t('waiting.lead.inProgress');

  // NaN without a usable expiry: then no time shows and no mark is crossed.
  const expiry = expiresAt === undefined ? Number.NaN : toMillis(expiresAt);
  const now = useNow(1000, !Number.isNaN(expiry));
  const left = expiry - now;
  const timeLeft = Number.isNaN(left) ? undefined : formatTimeLeft(left, lang);
  const timeText =
    timeLeft === undefined
      ? undefined
      : timeLeft.count === 0
        ? t('waiting.timeUp')
        : t('waiting.timeLeft', timeLeft);

  // What the live region says besides the lead (which the layout announces when the screen
  // replaced another): a new status, or a time mark crossed while the user waits here.
  const [announcement, setAnnouncement] = useState<string>();
  const shownStatus = useRef(status);
  useEffect(() => {
    if (shownStatus.current === status) return;
    shownStatus.current = status;
    setAnnouncement(`${heading}. ${lead}`);
  }, [status, heading, lead]);

  // The mark most recently crossed, if any (none for NaN).
  const mark = MARKS.filter((each) => left <= each).at(-1);
  const firstMark = useRef(mark);
  useEffect(() => {
    // Only marks crossed while the screen is shown: on arrival the visible text says it.
    if (mark === undefined || mark === firstMark.current) return;
    firstMark.current = mark;
    setAnnouncement(t('waiting.timeLeft', formatTimeLeft(mark, lang)));
  }, [mark, lang, t]);

  const canOpen = notYetOpened && (onOpen !== undefined || (popupBlocked && url !== undefined));

  return (
    <ScreenLayout
      {...layout}
      screen="waiting"
      state={status}
      heading={heading}
      lead={lead}
      announcement={announcement}
      hero={<SummaryList summary={summary} />}
      defaults={{
        // Turning while the customer is at the bank (a still clock under reduced motion).
        illustration: <Illustration name={notYetOpened ? 'waiting' : 'progress'} />,
        actions: (canOpen || onRestart || onCancel) && (
          <>
            {canOpen && (
              <OpenWebFormAction
                onOpen={onOpen}
                onLinkOpen={onLinkOpen}
                url={url}
                popupBlocked={popupBlocked}
                label={t('open.link')}
              />
            )}
            {onRestart && !notYetOpened && (
              <ScreenButton variant="secondary" onClick={onRestart}>
                {t('waiting.restart')}
              </ScreenButton>
            )}
            {onCancel && (
              <ScreenButton variant="tertiary" onClick={onCancel}>
                {t('common.cancel')}
              </ScreenButton>
            )}
          </>
        ),
      }}
    >
      <FlowSteps current={notYetOpened ? 0 : 1} />
      {timeText !== undefined && (
        <p className="wfk-time-left" data-urgent={left <= 120_000}>
          {timeText}
        </p>
      )}
      {notYetOpened && <OpenWebFormNote popupBlocked={popupBlocked} />}
      {!notYetOpened && onRestart && <p>{t('waiting.closedHint')}</p>}
      {children}
    </ScreenLayout>
  );
}
