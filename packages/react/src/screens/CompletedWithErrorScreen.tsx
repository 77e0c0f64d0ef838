import type { WebFormErrorCode } from '@webform-kit/core';
import { useI18n } from '../i18n/useI18n.ts';
import { errorMessageKeys } from './errorMessageKeys.ts';
import { Illustration } from './Illustration.tsx';
import { ScreenButton } from './ScreenButton.tsx';
import { ScreenLayout } from './ScreenLayout.tsx';
import type { ScreenProps } from './ScreenProps.ts';
import { SupportLink } from './SupportLink.tsx';

export interface CompletedWithErrorScreenProps extends ScreenProps {
  /** finAPI's `errorCode`. Codes the kit does not know (finAPI may add some) get a general text. */
  errorCode?: WebFormErrorCode | null | undefined;
  /** Starts over with a new web form; adds a Try again button. */
  onRestart?: (() => void) | undefined;
  /** Customer support, linked in the footer as finAPI's form does on errors. */
  supportUrl?: string | undefined;
}

/**
 * The web form ended with an error: an explanation and next step for each of finAPI's error
 * codes, the code itself for customer support, a way to try again and the support link.
 *
 * @example
 * <CompletedWithErrorScreen errorCode="BANK_SERVER_REJECTION" onRestart={flow.restart} supportUrl="/help" />
 */
export function CompletedWithErrorScreen({
  errorCode,
  onRestart,
  supportUrl,
  children,
  ...layout
}: CompletedWithErrorScreenProps) {
  const { t } = useI18n(layout.messages);
  const keys = errorMessageKeys(errorCode);
  return (
    <ScreenLayout
      {...layout}
      screen="completed-with-error"
      state={errorCode ?? undefined}
      heading={t(keys.heading)}
      lead={t(keys.body)}
      defaults={{
        illustration: <Illustration name="error" />,
        actions: onRestart && <ScreenButton onClick={onRestart}>{t('error.restart')}</ScreenButton>,
        footer: supportUrl !== undefined && <SupportLink href={supportUrl} />,
      }}
    >
      {errorCode != null && (
        <p className="wfk-error-code">{t('common.errorCode', { code: errorCode })}</p>
      )}
      {children}
    </ScreenLayout>
  );
}
