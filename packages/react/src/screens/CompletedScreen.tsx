import type { CompletedOutcome, FlowSummary, WebFormKind } from '@webform-kit/core';
import { useI18n } from '../i18n/useI18n.ts';
import { flowWordingOf, type FlowWording } from './flowWording.ts';
import { Illustration } from './Illustration.tsx';
import { ScreenButton } from './ScreenButton.tsx';
import { ScreenLayout } from './ScreenLayout.tsx';
import type { ScreenProps } from './ScreenProps.ts';
import { SummaryList } from './SummaryList.tsx';

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
  /** The Continue button's text, named for where it leads ("Back to the shop"). */
  continueLabel?: string | undefined;
  /** What the flow was for (from the app's backend): shown as the receipt. */
  summary?: FlowSummary | undefined;
  /** finAPI's payment id (the outcome's `paymentId`), shown on the receipt. */
  paymentId?: number | null | undefined;
}

const BY_RESOURCE: Record<CompletedOutcome['resource'], FlowWording> = {
  'bank-connection': 'import',
  payment: 'payment',
  'standing-order': 'standingOrder',
};

/**
 * Success, in the words of what was done: a bank connection added or updated, a payment, a
 * standing order or a direct debit submitted. With a `summary`, a receipt: the amount, the
 * recipient, the app's reference and finAPI's payment id. Anything else of the app's goes in
 * `children`.
 *
 * @example
 * <CompletedScreen resource="payment" summary={summary} continueLabel="Back to the shop" onContinue={() => navigate('/orders')} />
 */
export function CompletedScreen({
  resource = 'bank-connection',
  kind,
  onContinue,
  continueLabel,
  summary,
  paymentId,
  children,
  ...layout
}: CompletedScreenProps) {
  const { t } = useI18n(layout.messages);
  const wording = kind === undefined ? BY_RESOURCE[resource] : flowWordingOf(kind);
  return (
    <ScreenLayout
      {...layout}
      screen="completed"
      state={wording}
      tone="success"
      heading={t(`completed.heading.${wording}`)}
      lead={t(`completed.lead.${wording}`)}
      hero={<SummaryList summary={summary} paymentId={paymentId} receipt />}
      defaults={{
        illustration: <Illustration name="success" />,
        actions: onContinue && (
          <ScreenButton onClick={onContinue}>{continueLabel ?? t('common.continue')}</ScreenButton>
        ),
      }}
    >
      {children}
    </ScreenLayout>
  );
}
