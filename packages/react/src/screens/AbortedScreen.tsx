import type { WebFormKind } from '@webform-kit/core';
import { useI18n } from '../i18n/useI18n.ts';
import { Illustration } from './Illustration.tsx';
import { paymentFailureOf } from './paymentFailureOf.ts';
import { ScreenButton } from './ScreenButton.tsx';
import { ScreenLayout } from './ScreenLayout.tsx';
import type { ScreenProps } from './ScreenProps.ts';
import { SupportLink } from './SupportLink.tsx';

export interface AbortedScreenProps extends ScreenProps {
  /** The kind of flow: for payments the heading says that no payment was made. */
  kind?: WebFormKind | undefined;
  /** Starts over with a new web form; adds a Start again button. */
  onRestart?: (() => void) | undefined;
  /** Customer support, linked in the footer as finAPI's form does on cancellation. */
  supportUrl?: string | undefined;
}

/**
 * The user cancelled in finAPI's form. Nothing was completed (for a payment, the heading says no
 * payment was made); they can start again, and reach customer support.
 *
 * @example
 * <AbortedScreen kind="standalone-payment" onRestart={flow.restart} supportUrl="https://bank.example/help" />
 */
export function AbortedScreen({ kind, onRestart, supportUrl, ...layout }: AbortedScreenProps) {
  const { t } = useI18n(layout.messages);
  return (
    <ScreenLayout
      {...layout}
      screen="aborted"
      tone="neutral"
      heading={t(paymentFailureOf(kind)?.heading ?? 'aborted.heading')}
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
