import type { WebFormKind } from '@webform-kit/core';
import { useI18n } from '../i18n/useI18n.ts';
import { Illustration } from './Illustration.tsx';
import { paymentFailureOf } from './paymentFailureOf.ts';
import { ScreenButton } from './ScreenButton.tsx';
import { ScreenLayout } from './ScreenLayout.tsx';
import type { ScreenProps } from './ScreenProps.ts';

export interface ExpiredScreenProps extends ScreenProps {
  /** The kind of flow: for payments the heading says that no payment was made. */
  kind?: WebFormKind | undefined;
  /** Starts over with a new web form; adds a Start again button. */
  onRestart?: (() => void) | undefined;
}

/**
 * The web form expired: its time ran out, or the user closed it and finAPI ended it. Nothing was
 * completed (for a payment, the heading says no payment was made); the user can start again.
 *
 * @example
 * <ExpiredScreen kind="standing-order" onRestart={flow.restart} />
 */
export function ExpiredScreen({ kind, onRestart, ...layout }: ExpiredScreenProps) {
  const { t } = useI18n(layout.messages);
  return (
    <ScreenLayout
      {...layout}
      screen="expired"
      tone="neutral"
      heading={t(paymentFailureOf(kind)?.heading ?? 'expired.heading')}
      lead={t('expired.lead')}
      defaults={{
        illustration: <Illustration name="expired" />,
        actions: onRestart && (
          <ScreenButton onClick={onRestart}>{t('expired.restart')}</ScreenButton>
        ),
      }}
    />
  );
}
