import { useI18n } from '../i18n/useI18n.ts';
import { Illustration } from './Illustration.tsx';
import { ScreenLayout } from './ScreenLayout.tsx';
import { slot, type ScreenProps } from './ScreenProps.ts';

export type CheckingScreenProps = ScreenProps;

/**
 * The return trip: the user is back from finAPI's form and the app's proxy is confirming the
 * outcome (the return URL's parameters are only a hint). The spinner turns only when the user
 * allows motion.
 *
 * @example
 * if (flow.screen === 'checking') return <CheckingScreen autoFocus />;
 */
export function CheckingScreen({
  autoFocus,
  headingLevel,
  messages,
  className,
  illustration,
  actions,
  footer,
  children,
}: CheckingScreenProps) {
  const { t } = useI18n(messages);
  const lead = t('checking.lead');
  return (
    <ScreenLayout
      screen="checking"
      heading={t('checking.heading')}
      lead={lead}
      announcement={autoFocus ? lead : undefined}
      autoFocus={autoFocus}
      headingLevel={headingLevel}
      className={className}
      illustration={slot(illustration, <Illustration name="progress" />)}
      actions={actions}
      footer={footer}
    >
      {children}
    </ScreenLayout>
  );
}
