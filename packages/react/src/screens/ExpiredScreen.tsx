import { useI18n } from '../i18n/useI18n.ts';
import { Illustration } from './Illustration.tsx';
import { ScreenButton } from './ScreenButton.tsx';
import { ScreenLayout } from './ScreenLayout.tsx';
import { slot, type ScreenProps } from './ScreenProps.ts';

export interface ExpiredScreenProps extends ScreenProps {
  /** Starts over with a new web form; adds a Start again button. */
  onRestart?: (() => void) | undefined;
}

/**
 * The web form expired: its time ran out, or the user closed it and finAPI ended it. Nothing was
 * completed; the user can start again.
 *
 * @example
 * <ExpiredScreen onRestart={flow.restart} />
 */
export function ExpiredScreen({
  onRestart,
  autoFocus,
  headingLevel,
  messages,
  className,
  illustration,
  actions,
  footer,
  children,
}: ExpiredScreenProps) {
  const { t } = useI18n(messages);
  const lead = t('expired.lead');
  return (
    <ScreenLayout
      screen="expired"
      heading={t('expired.heading')}
      lead={lead}
      announcement={autoFocus ? lead : undefined}
      autoFocus={autoFocus}
      headingLevel={headingLevel}
      className={className}
      illustration={slot(illustration, <Illustration name="expired" />)}
      actions={slot(
        actions,
        onRestart && <ScreenButton onClick={onRestart}>{t('expired.restart')}</ScreenButton>,
      )}
      footer={footer}
    >
      {children}
    </ScreenLayout>
  );
}
