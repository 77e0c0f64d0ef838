import type { ReactNode } from 'react';
import type { Messages } from '../i18n/Messages.ts';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** A screen's buttons: given outright, or built from the screen's own (`defaults`). */
export type ScreenActions = ReactNode | ((defaults: ReactNode) => ReactNode);

/** The parts of a screen an integrator replaces. */
export interface ScreenSlots {
  /** Replaces the pictogram above the heading (decorative: hidden from screen readers); `null` removes it. */
  illustration?: ReactNode;
  /**
   * Replaces the screen's buttons and links, or, as a function, receives them to add to:
   * `actions={(defaults) => <>{defaults}<ScreenButton>Help</ScreenButton></>}`. `null` removes them.
   */
  actions?: ScreenActions;
  /** Replaces the screen's footer (the support link, where there is one). */
  footer?: ReactNode;
  /** Extra content after the screen's own text, e.g. the app's order summary. */
  children?: ReactNode;
}

/**
 * What every screen accepts besides its own state and actions. A screen hands all of these to
 * {@link ScreenLayout} unchanged.
 */
export interface ScreenProps extends ScreenSlots {
  /**
   * Move focus to the heading on mount (and announce the lead). Set it when this screen replaces
   * another (WebFormFlow does), not on a page's first render, where focus belongs to the page.
   */
  autoFocus?: boolean | undefined;
  /** The heading's level (default 2, below the app's own page heading). */
  headingLevel?: HeadingLevel | undefined;
  /** Wording to replace on this screen only, merged over the provider's. */
  messages?: Partial<Messages> | undefined;
  className?: string | undefined;
}
