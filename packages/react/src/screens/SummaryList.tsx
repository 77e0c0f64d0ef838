import type { FlowSummary } from '@webform-kit/core';
import { useRedirectI18n } from '../i18n/useRedirectI18n.ts';

export interface SummaryListProps {
  summary?: FlowSummary | undefined;
  /** finAPI's payment id, for the receipt. */
  paymentId?: number | null | undefined;
  /** A receipt (payee, reference, payment id) rather than what is about to happen (payee, purpose). */
  receipt?: boolean | undefined;
}

/**
 * What a flow is for, as the app's backend described it: the amount as the hero, formatted in
 * the active language, then the details that apply. Nothing when there is nothing to say.
 */
export function SummaryList({ summary = {}, paymentId, receipt }: SummaryListProps) {
  const { t, lang } = useRedirectI18n();
  const { amount } = summary;
  const rows: ['payee' | 'reference' | 'purpose' | 'paymentId', string | number | undefined][] = [
    ['payee', summary.payee],
    receipt ? ['reference', summary.reference] : ['purpose', summary.purpose],
    ['paymentId', receipt ? (paymentId ?? undefined) : undefined],
  ];
  const shown = rows.filter(([, value]) => value !== undefined);
  return amount || shown.length ? (
    <dl className="wfk-summary">
      {amount && (
        <div>
          <dt className="wfk-visually-hidden">{t('summary.amount')}</dt>
          <dd className="wfk-amount">
            {new Intl.NumberFormat(lang, { style: 'currency', currency: amount.currency }).format(
              amount.value,
            )}
          </dd>
        </div>
      )}
      {shown.map(([key, value]) => (
        <div key={key}>
          <dt>{t(`summary.${key}`)}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  ) : null;
}
