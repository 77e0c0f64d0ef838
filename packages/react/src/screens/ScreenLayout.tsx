import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/useI18n.ts';
import type { ScreenName } from './screenNames.ts';
import { useAnnouncement } from './useAnnouncement.ts';
import { usePageLangAttribute } from './usePageLangAttribute.ts';

/** The parts of a screen an integrator replaces. */
export interface ScreenSlots {
  /** Replaces the pictogram above the heading (decorative: hidden from screen readers); `null` removes it. */
  illustration?: ReactNode;
  /** Replaces the screen's buttons and links. */
  actions?: ReactNode;
  /** Replaces the screen's footer (the support link, where there is one). */
  footer?: ReactNode;
  /** Extra content after the screen's own text, e.g. the app's order summary. */
  children?: ReactNode;
}

/** Whether a slot has something to render (React renders nothing for these values). */
const isFilled = (node: ReactNode) => node !== undefined && node !== null && node !== false;

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export interface ScreenLayoutProps extends ScreenSlots {
  /** The `data-screen` value of the root element. */
  screen: ScreenName;
  /** The screen's finer state as `data-state`, for styles and tests. */
  state?: string | undefined;
  heading: ReactNode;
  /** The screen's first paragraph. */
  lead?: ReactNode;
  /** What the polite live region says; a new value is announced. */
  announcement?: string | undefined;
  /**
   * Move focus to the heading when the screen mounts. Set it when this screen replaces another
   * (WebFormFlow does), not on a page's first render, where focus belongs to the page.
   */
  autoFocus?: boolean | undefined;
  /** The heading's level (default 2, below the app's own page heading). */
  headingLevel?: HeadingLevel | undefined;
  className?: string | undefined;
}

/**
 * The frame every screen shares: a labelled region with `data-screen`, an optional
 * illustration, a heading that takes focus when the screen changes, the lead text, the
 * content, the actions, the footer, and a polite live region. Build your own screen with it and it
 * behaves like the kit's.
 *
 * @example
 * <ScreenLayout screen="completed" heading="Thank you" lead="Your account is connected." autoFocus />
 */
export function ScreenLayout({
  screen,
  state,
  heading,
  lead,
  announcement,
  autoFocus = false,
  headingLevel = 2,
  illustration,
  actions,
  footer,
  children,
  className,
}: ScreenLayoutProps) {
  const { lang } = useI18n();
  const langAttribute = usePageLangAttribute(lang);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const spoken = useAnnouncement(announcement);
  const Heading = `h${headingLevel}` as const;

  useEffect(() => {
    if (autoFocus) headingRef.current?.focus();
  }, [autoFocus]);

  // A control that had focus can vanish when the state changes (the waiting screen's open
  // button once the form is opened elsewhere); focus then falls to <body>. Catch it on the
  // heading, so keyboard and screen reader users stay in the screen.
  const lastFocused = useRef<Element | null>(null);
  useEffect(() => {
    const last = lastFocused.current;
    const active = document.activeElement;
    if (last !== null && !last.isConnected && (active === null || active === document.body)) {
      lastFocused.current = null;
      headingRef.current?.focus();
    }
  });

  return (
    <section
      className={className ? `wfk-screen ${className}` : 'wfk-screen'}
      data-screen={screen}
      data-state={state}
      aria-labelledby={headingId}
      lang={langAttribute}
      onFocus={(event) => {
        lastFocused.current = event.target;
      }}
    >
      {isFilled(illustration) && (
        <div className="wfk-screen__illustration" aria-hidden="true">
          {illustration}
        </div>
      )}
      <Heading id={headingId} ref={headingRef} tabIndex={-1} className="wfk-screen__heading">
        {heading}
      </Heading>
      {lead !== undefined && <p className="wfk-screen__lead">{lead}</p>}
      {children}
      {isFilled(actions) && <div className="wfk-screen__actions">{actions}</div>}
      {isFilled(footer) && <div className="wfk-screen__footer">{footer}</div>}
      <div role="status" aria-live="polite" aria-atomic="true" className="wfk-visually-hidden">
        {spoken}
      </div>
    </section>
  );
}
