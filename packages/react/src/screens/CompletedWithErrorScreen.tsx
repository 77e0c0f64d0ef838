import type { WebFormErrorCode, WebFormKind } from '@webform-kit/core';
import { useI18n } from '../i18n/useI18n.ts';
import { errorPolicyOf } from './errorPolicyOf.ts';
import { Illustration } from './Illustration.tsx';
import { paymentFailureOf } from './paymentFailureOf.ts';
import { ScreenButton } from './ScreenButton.tsx';
import { ScreenLayout } from './ScreenLayout.tsx';
import type { ScreenProps } from './ScreenProps.ts';
import { SupportLink } from './SupportLink.tsx';
import { SupportReference } from './SupportReference.tsx';
import { supportReferenceOf } from './supportReferenceOf.ts';

export interface CompletedWithErrorScreenProps extends ScreenProps {
  /** finAPI's `errorCode`. Codes the kit does not know (finAPI may add some) get a general text. */
  errorCode?: WebFormErrorCode | null | undefined;
  /** The kind of flow: for payments the heading says what happened to the money. */
  kind?: WebFormKind | undefined;
  /** finAPI's `paymentId` of the failed form: a payment may exist, so its result is unknown. */
  paymentId?: number | null | undefined;
  /** Starts over with a new web form; adds a Try again button where trying again can help. */
  onRestart?: (() => void) | undefined;
  /** Moves on in the app, for codes that leave the customer with what they came for (`ENTITY_EXISTS`). */
  onContinue?: (() => void) | undefined;
  /** The Continue button's text, named for where it leads. */
  continueLabel?: string | undefined;
  /** Customer support, linked in the footer (or as the main action where only support can help). */
  supportUrl?: string | undefined;
  /**
   * The reference shown, with a copy button, where customer support can act on the error;
   * default from the error code. `WebFormFlow` adds the web form's id. `null` hides it.
   */
  supportReference?: string | null | undefined;
}

/**
 * The web form ended with an error: an explanation per finAPI error code, with the tone and next
 * step that fit it (move on for `ENTITY_EXISTS`, customer support for a misconfiguration, try
 * again where the customer can fix it), a support reference where support can act on it, and for
 * payments what happened to the money.
 *
 * @example
 * <CompletedWithErrorScreen errorCode="BANK_SERVER_REJECTION" onRestart={flow.restart} supportUrl="/help" />
 */
export function CompletedWithErrorScreen({
  errorCode,
  kind,
  paymentId,
  onRestart,
  onContinue,
  continueLabel,
  supportUrl,
  supportReference = supportReferenceOf(errorCode ?? 'ERROR'),
  children,
  ...layout
}: CompletedWithErrorScreenProps) {
  const { t } = useI18n(layout.messages);
  const policy = errorPolicyOf(errorCode);
  const payment = paymentFailureOf(kind, { errorCode, paymentId });
  const unknown = payment?.result === 'unknown';
  // Where the result of a payment is unknown, trying again could pay twice: support decides.
  const next = unknown ? 'support' : policy.next;
  const restart = !unknown && onRestart && (
    <ScreenButton onClick={onRestart}>{t('error.restart')}</ScreenButton>
  );
  const primary =
    next === 'continue' && onContinue ? (
      <ScreenButton onClick={onContinue}>{continueLabel ?? t('common.continue')}</ScreenButton>
    ) : next === 'support' && supportUrl !== undefined ? (
      <SupportLink href={supportUrl} variant="primary" />
    ) : (
      restart
    );
  return (
    <ScreenLayout
      {...layout}
      screen="completed-with-error"
      state={errorCode ?? undefined}
      tone={unknown ? 'warning' : policy.next === 'continue' ? undefined : 'danger'}
      heading={t(payment?.heading ?? policy.heading)}
      lead={t(unknown ? 'payment.unknown.lead' : policy.body)}
      defaults={{
        illustration: (
          <Illustration
            name={unknown ? 'waiting' : policy.next === 'continue' ? 'info' : 'error'}
          />
        ),
        actions: primary,
        footer: supportUrl !== undefined && next !== 'support' && <SupportLink href={supportUrl} />,
      }}
    >
      {(policy.reference || unknown) && supportReference !== null && (
        <SupportReference reference={supportReference} />
      )}
      {children}
    </ScreenLayout>
  );
}
