import { useI18n } from '../i18n/useI18n.ts';
import { Illustration } from './Illustration.tsx';
import { ScreenLayout } from './ScreenLayout.tsx';
import type { ScreenProps } from './ScreenProps.ts';
import { useLaterMessages } from './useLaterMessages.ts';

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
  const messages = useLaterMessages(layout.messages);
  const { t } = useI18n(messages);
  return (
    <ScreenLayout
      {...layout}
      messages={messages}
      screen="checking"
      heading={t('checking.heading')}
      lead={t('checking.lead')}
      defaults={{ illustration: <Illustration name="progress" /> }}
    />
  );
}
