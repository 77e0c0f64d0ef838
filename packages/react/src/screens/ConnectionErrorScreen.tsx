import { isProxyError } from '@webform-kit/core';
import { useI18n } from '../i18n/useI18n.ts';
import { Illustration } from './Illustration.tsx';
import { ScreenButton } from './ScreenButton.tsx';
import { ScreenLayout } from './ScreenLayout.tsx';
import type { ScreenProps } from './ScreenProps.ts';

export interface ConnectionErrorScreenProps extends ScreenProps {
  /** What failed, usually a `ProxyError`; its `kind` picks the wording. */
  error?: unknown;
  /** Tries the failed call again; the flow keeps its web form. Adds a Try again button. */
  onRetry?: (() => void) | undefined;
  /** Gives up the flow; adds a Cancel button. */
  onCancel?: (() => void) | undefined;
}

type Cause = 'network' | 'timeout' | 'server';

function causeOf(error: unknown): Cause {
  if (error === undefined || error === null) return 'network';
  if (!isProxyError(error)) return 'server';
  if (error.kind === 'network' || error.kind === 'timeout') return error.kind;
  return 'server';
}

/**
 * The app's proxy could not be reached or answered something unusable. Nothing is lost: retry
 * continues the same flow.
 *
 * @example
 * <ConnectionErrorScreen error={flow.error} onRetry={flow.retry} />
 */
export function ConnectionErrorScreen({
  error,
  onRetry,
  onCancel,
  ...layout
}: ConnectionErrorScreenProps) {
  const { t } = useI18n(layout.messages);
  const cause = causeOf(error);
  return (
    <ScreenLayout
      {...layout}
      screen="connection-error"
      state={cause}
      heading={t('connectionError.heading')}
      lead={t(`connectionError.lead.${cause}`)}
      defaults={{
        illustration: <Illustration name="offline" />,
        actions: (onRetry || onCancel) && (
          <>
            {onRetry && <ScreenButton onClick={onRetry}>{t('connectionError.retry')}</ScreenButton>}
            {onCancel && (
              <ScreenButton variant="secondary" onClick={onCancel}>
                {t('common.cancel')}
              </ScreenButton>
            )}
          </>
        ),
      }}
    />
  );
}
