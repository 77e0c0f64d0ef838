import { useI18n } from '../i18n/useI18n.ts';
import { Illustration } from './Illustration.tsx';
import { ScreenButton } from './ScreenButton.tsx';
import { ScreenLayout } from './ScreenLayout.tsx';
import { slot, type ScreenProps } from './ScreenProps.ts';
import { SupportLink } from './SupportLink.tsx';

export interface AbortedScreenProps extends ScreenProps {
  /** Starts over with a new web form; adds a Start again button. */
  onRestart?: (() => void) | undefined;
  /** Customer support, linked in the footer as finAPI's form does on cancellation. */
  supportUrl?: string | undefined;
}

/**
 * The user cancelled in finAPI's form. Nothing was completed; they can start again, and reach
 * customer support.
 *
 * @example
 * <AbortedScreen onRestart={flow.restart} supportUrl="https://bank.example/help" />
 */
export function AbortedScreen({
  onRestart,
  supportUrl,
  autoFocus,
  headingLevel,
  messages,
  className,
  illustration,
  actions,
  footer,
  children,
}: AbortedScreenProps) {
  const { t } = useI18n(messages);
  const lead = t('aborted.lead');
  return (
    <ScreenLayout
      screen="aborted"
      heading={t('aborted.heading')}
      lead={lead}
      announcement={autoFocus ? lead : undefined}
      autoFocus={autoFocus}
      headingLevel={headingLevel}
      className={className}
      illustration={slot(illustration, <Illustration name="aborted" />)}
      actions={slot(
        actions,
        onRestart && <ScreenButton onClick={onRestart}>{t('aborted.restart')}</ScreenButton>,
      )}
      footer={slot(
        footer,
        supportUrl !== undefined && <SupportLink href={supportUrl} messages={messages} />,
      )}
    >
      {children}
    </ScreenLayout>
  );
}
