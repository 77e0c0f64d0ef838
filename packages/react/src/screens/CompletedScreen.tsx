import type { CompletedOutcome, WebFormKind } from '@webform-kit/core';
import { useI18n } from '../i18n/useI18n.ts';
import { flowWordingOf, type FlowWording } from './flowWording.ts';
import { Illustration } from './Illustration.tsx';
import { ScreenButton } from './ScreenButton.tsx';
import { ScreenLayout } from './ScreenLayout.tsx';
import type { ScreenProps } from './ScreenProps.ts';

export interface CompletedScreenProps extends ScreenProps {
  /** What the web form produced (the outcome's `resource`). Default `bank-connection`. */
  resource?: CompletedOutcome['resource'] | undefined;
  /**
   * The kind of flow, for finer wording: an update rather than a new connection, a direct debit
   * rather than a payment.
   */
  kind?: WebFormKind | undefined;
  /** Moves on in the app; adds a Continue button. */
  onContinue?: (() => void) | undefined;
}

const BY_RESOURCE: Record<CompletedOutcome['resource'], FlowWording> = {
  'bank-connection': 'import',
  payment: 'payment',
  'standing-order': 'standingOrder',
};

/**
 * Success, in the words of what was done: a bank connection added or updated, a payment, a
 * standing order or a direct debit submitted. finAPI's ids are not shown: they are references for
 * the app's backend, not for the user; put the app's own receipt in `children`.
 *
 * @example
 * <CompletedScreen resource="payment" onContinue={() => navigate('/orders')} />
 */
export function CompletedScreen({
  resource = 'bank-connection',
  kind,
  onContinue,
  ...layout
}: CompletedScreenProps) {
  const { t } = useI18n(layout.messages);
  const wording = kind === undefined ? BY_RESOURCE[resource] : flowWordingOf(kind);
  return (
    <ScreenLayout
      {...layout}
      screen="completed"
      state={wording}
      heading={t(`completed.heading.${wording}`)}
      lead={t(`completed.lead.${wording}`)}
      defaults={{
        illustration: <Illustration name="success" />,
        actions: onContinue && (
          <ScreenButton onClick={onContinue}>{t('common.continue')}</ScreenButton>
        ),
      }}
    />
  );
}
