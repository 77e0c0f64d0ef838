import type { FlowSummary, WebFormKind } from '@webform-kit/core';
import { useEffect, useRef, useState } from 'react';
import { formatRelativeSeconds } from '../i18n/formatRelativeSeconds.ts';
import { useRedirectI18n } from '../i18n/useRedirectI18n.ts';
import { FlowSteps } from './FlowSteps.tsx';
import { flowWordingOf } from './flowWording.ts';
import { Illustration } from './Illustration.tsx';
import { OpenWebFormAction } from './OpenWebFormAction.tsx';
import { OpenWebFormNote } from './OpenWebFormNote.tsx';
import { ScreenButton } from './ScreenButton.tsx';
import { ScreenLayout } from './ScreenLayout.tsx';
import type { HeadingLevel, ScreenProps } from './ScreenProps.ts';
import { SummaryList } from './SummaryList.tsx';
import { useCountdown } from './useCountdown.ts';

export interface RedirectScreenProps extends ScreenProps {
  /** The kind of flow, which decides the wording. Default `bank-connection-import`. */
  kind?: WebFormKind | undefined;
  /** Opens the web form (the flow's `open`). Also called when the countdown ends. */
  onOpen?: (() => void) | undefined;
  /** The user opened the form through the fallback link (the flow's `openedThroughLink`). */
  onLinkOpen?: (() => void) | undefined;
  /** The web form's URL, for the link offered when the browser blocked the new tab. */
  url?: string | undefined;
  /** The browser blocked the new tab: the button becomes a link to `url`. */
  popupBlocked?: boolean | undefined;
  /** Where the form opens; `new-tab` adds a note to keep this page open. Default `same-tab`. */
  openIn?: 'same-tab' | 'new-tab' | undefined;
  /** The web form is still being created: the open button waits. */
  preparing?: boolean | undefined;
  /**
   * Send the user to the form automatically after this many seconds, unless they choose to
   * stay. Meant for `same-tab`: browsers block new tabs that no click opened.
   */
  countdown?: number | undefined;
  /** Lets the user back out before leaving; adds a Cancel button. */
  onCancel?: (() => void) | undefined;
  /** What the flow is for (from the app's backend): the amount as the hero, payee and purpose. */
  summary?: FlowSummary | undefined;
}

/**
 * Before the user leaves for finAPI's form: what happens next and why the bank's login happens
 * there and not in the app, worded for the kind of flow, with the action that opens the form.
 *
 * @example
 * <RedirectScreen kind="standalone-payment" onOpen={flow.open} countdown={10} />
 */
export function RedirectScreen({
  kind = 'bank-connection-import',
  onOpen,
  onLinkOpen,
  url,
  popupBlocked = false,
  openIn = 'same-tab',
  preparing = false,
  countdown,
  onCancel,
  summary,
  children,
  ...layout
}: RedirectScreenProps) {
  const { autoFocus, headingLevel = 2 } = layout;
  // The steps' heading is one level below the screen's own, so the outline stays in order.
  const Subheading = `h${Math.min(headingLevel + 1, 6) as HeadingLevel}` as const;
  const { t, lang } = useRedirectI18n(layout.messages);
  const wording = flowWordingOf(kind);
  const lead = t(`redirect.lead.${wording}`);
  const openRef = useRef<HTMLElement>(null);
  const cancelledRef = useRef<HTMLParagraphElement>(null);

  // `stopped`: the user opened the form themselves; `cancelled`: they chose to stay.
  const [timer, setTimer] = useState<'running' | 'stopped' | 'cancelled'>('running');
  const cancelled = timer === 'cancelled';
  const hasCountdown =
    countdown !== undefined && countdown > 0 && timer === 'running' && !popupBlocked;
  const remaining = useCountdown(countdown, hasCountdown && !preparing, () => onOpen?.());

  const showCountdown = hasCountdown && remaining !== undefined && remaining > 0;

  // The button that was pressed disappears; keep focus on the action that is left.
  useEffect(() => {
    if (cancelled) (openRef.current ?? cancelledRef.current)?.focus();
  }, [cancelled]);

  // Announced once when the countdown starts, not every second.
  const countdownStart =
    hasCountdown && countdown !== undefined
      ? t('redirect.countdown', { time: formatRelativeSeconds(countdown, lang) })
      : undefined;
  const announcement = popupBlocked
    ? t('open.popupBlocked')
    : cancelled
      ? t('redirect.countdownCancelled')
      : [autoFocus ? lead : undefined, countdownStart].filter(Boolean).join(' ') || undefined;

  const state = preparing
    ? 'preparing'
    : popupBlocked
      ? 'popup-blocked'
      : hasCountdown
        ? 'countdown'
        : 'ready';

  return (
    <ScreenLayout
      {...layout}
      screen="redirect"
      state={state}
      heading={t(`redirect.heading.${wording}`)}
      lead={lead}
      announcement={announcement}
      hero={<SummaryList summary={summary} />}
      defaults={{
        illustration: <Illustration name="secure" />,
        actions: (
          <>
            <OpenWebFormAction
              ref={openRef}
              onOpen={onOpen}
              onLinkOpen={onLinkOpen}
              onClick={hasCountdown ? () => setTimer('stopped') : undefined}
              url={url}
              popupBlocked={popupBlocked}
              preparing={preparing}
            />
            {showCountdown && (
              <ScreenButton variant="secondary" onClick={() => setTimer('cancelled')}>
                {t('redirect.countdownCancel')}
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
      <Subheading className="wfk-screen__subheading">{t('redirect.stepsHeading')}</Subheading>
      <FlowSteps />
      <OpenWebFormNote popupBlocked={popupBlocked} openIn={openIn} />
      {children}
      {showCountdown && (
        <p className="wfk-countdown">
          {t('redirect.countdown', { time: formatRelativeSeconds(remaining ?? 0, lang) })}
        </p>
      )}
      {cancelled && !popupBlocked && (
        <p className="wfk-note" ref={cancelledRef} tabIndex={-1}>
          {t('redirect.countdownCancelled')}
        </p>
      )}
    </ScreenLayout>
  );
}
