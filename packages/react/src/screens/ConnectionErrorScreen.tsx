import { isProxyError, type WebFormKind } from '@webform-kit/core';
import type { MessageKey } from '../i18n/Messages.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { flowErrorClassOf, type FlowErrorClass } from './flowErrorClassOf.ts';
import { Illustration, type IllustrationName } from './Illustration.tsx';
import { paymentFailureOf } from './paymentFailureOf.ts';
import { ScreenButton } from './ScreenButton.tsx';
import { ScreenLayout, type ScreenTone } from './ScreenLayout.tsx';
import type { ScreenProps } from './ScreenProps.ts';
import { SupportLink } from './SupportLink.tsx';
import { SupportReference } from './SupportReference.tsx';
import { supportReferenceOf } from './supportReferenceOf.ts';

export interface ConnectionErrorScreenProps extends ScreenProps {
  /** What failed, usually a `ProxyError`: its kind, status and code pick the wording and next step. */
  error?: unknown;
  /** The kind of flow, for the wording of a payment whose result is not known. */
  kind?: WebFormKind | undefined;
  /** Tries the failed call again; the flow keeps its web form. Adds a Try again button where that can help. */
  onRetry?: (() => void) | undefined;
  /** Starts a new flow, where the old one is gone (an ended session). Adds a Start again button. */
  onRestart?: (() => void) | undefined;
  /** Gives up the flow; adds a Cancel button. */
  onCancel?: (() => void) | undefined;
  /** Customer support, the next step for refusals the customer cannot change. */
  supportUrl?: string | undefined;
  /** The reference shown to quote to customer support; default from the error. `null` hides it. */
  supportReference?: string | null | undefined;
}

// The message key suffix and the look of each class.
type Key = '' | 'tryLater' | 'contactSupport' | 'startAgain' | 'appMisconfigured';
const LOOK: Record<FlowErrorClass, [key: Key, tone: ScreenTone, picture: IllustrationName]> = {
  connectivity: ['', 'danger', 'offline'],
  'try-later': ['tryLater', 'warning', 'waiting'],
  'contact-support': ['contactSupport', 'danger', 'error'],
  'start-again': ['startAgain', 'neutral', 'expired'],
  'app-misconfigured': ['appMisconfigured', 'danger', 'error'],
};

/** The connectivity wording: no answer at all, too slow an answer, or an unusable one. */
function causeOf(error: unknown): 'network' | 'timeout' | 'server' {
  if (error == null) return 'network';
  return isProxyError(error) && (error.kind === 'network' || error.kind === 'timeout')
    ? error.kind
    : 'server';
}

/**
 * A call to the app's proxy failed. Connectivity (offline, a timeout, an unusable answer) keeps
 * the broken-connection wording and Try again: nothing is lost. A refusal gets the words and
 * next step of its class (`data-state`): try again later, contact customer support, start again,
 * or the app is set up wrongly. A payment whose result is not known says so, and sends the
 * customer to support rather than to paying twice.
 *
 * @example
 * <ConnectionErrorScreen error={flow.error} onRetry={flow.retry} onRestart={flow.restart} supportUrl="/help" />
 */
export function ConnectionErrorScreen({
  error,
  kind,
  onRetry,
  onRestart,
  onCancel,
  supportUrl,
  supportReference,
  children,
  ...layout
}: ConnectionErrorScreenProps) {
  const { t } = useI18n(layout.messages);
  const errorClass = flowErrorClassOf(error);
  const [key, tone, picture] = LOOK[errorClass];
  // The proxy refuses to pay again while an earlier payment's result is unknown (issue 10).
  const payment =
    isProxyError(error) && error.code === 'PAYMENT_UNCERTAIN'
      ? paymentFailureOf(kind ?? 'standalone-payment', { errorCode: error.code })
      : undefined;
  const heading: MessageKey =
    payment?.heading ?? (key ? `connectionError.heading.${key}` : 'connectionError.heading');
  // A 5xx is the service down or failing (its store out of reach, say), not something already
  // under way or too many attempts: the try-later heading, with the words of a server fault.
  const serverFault = key === 'tryLater' && isProxyError(error) && (error.status ?? 0) >= 500;
  const lead: MessageKey = payment
    ? 'payment.unknown.lead'
    : key && !serverFault
      ? `connectionError.lead.${key}`
      : `connectionError.lead.${causeOf(error)}`;
  const needsSupport = errorClass === 'contact-support' || errorClass === 'app-misconfigured';
  const main = needsSupport
    ? supportUrl !== undefined && <SupportLink href={supportUrl} variant="primary" />
    : errorClass === 'start-again'
      ? onRestart && <ScreenButton onClick={onRestart}>{t('waiting.restart')}</ScreenButton>
      : onRetry && <ScreenButton onClick={onRetry}>{t('connectionError.retry')}</ScreenButton>;
  return (
    <ScreenLayout
      {...layout}
      screen="connection-error"
      state={errorClass}
      tone={payment ? 'warning' : tone}
      heading={t(heading)}
      lead={t(lead)}
      defaults={{
        illustration: <Illustration name={payment ? 'waiting' : picture} />,
        actions: (main || onCancel) && (
          <>
            {main}
            {onCancel && (
              <ScreenButton variant="tertiary" onClick={onCancel}>
                {t('common.cancel')}
              </ScreenButton>
            )}
          </>
        ),
      }}
    >
      {needsSupport && supportReference !== null && (
        <SupportReference
          reference={
            supportReference ??
            supportReferenceOf(
              isProxyError(error) ? (error.code ?? `HTTP_${error.status}`) : 'RETURN_URL',
            )
          }
        />
      )}
      {children}
    </ScreenLayout>
  );
}
