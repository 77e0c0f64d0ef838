import { useRedirectI18n } from '../i18n/useRedirectI18n.ts';
import { Illustration } from './Illustration.tsx';
import { ScreenLayout } from './ScreenLayout.tsx';
import type { ScreenProps } from './ScreenProps.ts';

export type CheckingScreenProps = ScreenProps;

/**
 * The return trip: the user is back from finAPI's form and the app's proxy is confirming the
 * outcome (the return URL's parameters are only a hint). The spinner turns only when the user
 * allows motion.
 *
 * @example
 * if (flow.screen === 'checking') return <CheckingScreen autoFocus />;
 */
export function CheckingScreen(layout: CheckingScreenProps) {
  // Its words come with the first chunk: it is a background update's first screen.
  const { t } = useRedirectI18n(layout.messages);
  return (
    <ScreenLayout
      {...layout}
      screen="checking"
      heading={t('checking.heading')}
      lead={t('checking.lead')}
      defaults={{ illustration: <Illustration name="progress" /> }}
    />
  );
}
