import type { Messages } from '../i18n/Messages.ts';
import type { HeadingLevel, ScreenSlots } from './ScreenLayout.tsx';

/** What every screen accepts besides its own state and actions. */
export interface ScreenProps extends ScreenSlots {
  /** Move focus to the heading on mount: set when this screen replaces another. See {@link ScreenLayout}. */
  autoFocus?: boolean | undefined;
  /** The heading's level (default 2). */
  headingLevel?: HeadingLevel | undefined;
  /** Wording to replace on this screen only, merged over the provider's. */
  messages?: Partial<Messages> | undefined;
  className?: string | undefined;
}

/** A slot's content: the integrator's when given (`null` included), else the default. */
export function slot<T>(given: T | undefined, fallback: T): T {
  return given === undefined ? fallback : given;
}
