import { useEffect, useId, useRef, type ReactNode } from 'react';
import { I18nProvider } from '../i18n/I18nProvider.tsx';
import { useRedirectI18n } from '../i18n/useRedirectI18n.ts';
import type { ScreenName } from './screenNames.ts';
import type { ScreenProps, ScreenSlots } from './ScreenProps.ts';
import { useAnnouncement } from './useAnnouncement.ts';
import { usePageLangAttribute } from './usePageLangAttribute.ts';

export type { HeadingLevel, ScreenActions, ScreenSlots } from './ScreenProps.ts';

/** How a screen's outcome feels, each a colour of the theme. */
export type ScreenTone = 'success' | 'danger' | 'warning' | 'neutral';

/** Whether a slot has something to render (React renders nothing for these values). */
const isFilled = (node: ReactNode) => node !== undefined && node !== null && node !== false;

export interface ScreenLayoutProps extends ScreenProps {
  /** The `data-screen` value of the root element. */
  screen: ScreenName;
  /** The screen's finer state as `data-state`, for styles and tests. */
  state?: string | undefined;
  /**
   * The colour of the outcome's moment (the illustration's badge) as `data-tone`; the accent
   * colour when unset.
   */
  tone?: ScreenTone | undefined;
  heading: ReactNode;
  /** The screen's key figure between heading and lead, such as a payment's amount and payee. */
  hero?: ReactNode;
  /** The screen's first paragraph. */
  lead?: ReactNode;
  /**
   * What the polite live region says; a new value is announced. Unset, a screen that takes focus
   * announces its lead (when it is text).
   */
  announcement?: string | undefined;
  /** The screen's own slot content, used where the integrator gave none (`null` counts as given). */
  defaults?: Omit<ScreenSlots, 'children' | 'actions'> & { actions?: ReactNode };
}

/**
 * The frame every screen shares: a labelled region with `data-screen`, an optional
 * illustration, a heading that takes focus when the screen changes, the lead text, the
 * content, the actions, the footer, and a polite live region. `messages` reaches everything
 * inside through the i18n context. Build your own screen with it and it behaves like the kit's.
 *
 * @example
 * <ScreenLayout screen="completed" heading="Thank you" lead="Your account is connected." autoFocus />
 */
export function ScreenLayout({
  screen,
  state,
  tone,
  heading,
  hero,
  lead,
  announcement,
  autoFocus = false,
  headingLevel = 2,
  messages,
  defaults = {},
  illustration = defaults.illustration,
  actions,
  footer = defaults.footer,
  children,
  className,
}: ScreenLayoutProps) {
  const { lang } = useRedirectI18n();
  const langAttribute = usePageLangAttribute(lang);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const spoken = useAnnouncement(
    announcement ?? (autoFocus && typeof lead === 'string' ? lead : undefined),
  );
  const Heading = `h${headingLevel}` as const;
  // `null` is given (no buttons), so only `undefined` falls back to the screen's own.
  const shownActions =
    actions === undefined
      ? defaults.actions
      : typeof actions === 'function'
        ? actions(defaults.actions)
        : actions;

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
    <I18nProvider messages={messages}>
      <section
        className={className ? `wfk-screen ${className}` : 'wfk-screen'}
        data-screen={screen}
        data-state={state}
        data-tone={tone}
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
        {hero}
        {lead !== undefined && <p className="wfk-screen__lead">{lead}</p>}
        {children}
        {isFilled(shownActions) && <div className="wfk-screen__actions">{shownActions}</div>}
        {isFilled(footer) && <div className="wfk-screen__footer">{footer}</div>}
        <div role="status" aria-live="polite" aria-atomic="true" className="wfk-visually-hidden">
          {spoken}
        </div>
      </section>
    </I18nProvider>
  );
}
