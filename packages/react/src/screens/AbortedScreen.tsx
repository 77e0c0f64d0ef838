import { useI18n } from '../i18n/useI18n.ts';
import { Illustration } from './Illustration.tsx';
import { ScreenButton } from './ScreenButton.tsx';
import { ScreenLayout } from './ScreenLayout.tsx';
import type { ScreenProps } from './ScreenProps.ts';
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
export function AbortedScreen({ onRestart, supportUrl, ...layout }: AbortedScreenProps) {
  const { t } = useI18n(layout.messages);
  return (
    <ScreenLayout
      {...layout}
      screen="aborted"
      heading={t('aborted.heading')}
      lead={t('aborted.lead')}
      defaults={{
        illustration: <Illustration name="aborted" />,
        actions: onRestart && (
          <ScreenButton onClick={onRestart}>{t('aborted.restart')}</ScreenButton>
        ),
        footer: supportUrl !== undefined && <SupportLink href={supportUrl} />,
      }}
    />
  );
}
