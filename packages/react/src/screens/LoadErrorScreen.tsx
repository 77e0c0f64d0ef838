import { useRedirectI18n } from '../i18n/useRedirectI18n.ts';
import { Illustration } from './Illustration.tsx';
import { ScreenButton } from './ScreenButton.tsx';
import { ScreenLayout } from './ScreenLayout.tsx';
import type { ScreenProps } from './ScreenProps.ts';

export interface LoadErrorScreenProps extends ScreenProps {
  /** Requests the missing code again. */
  onRetry: () => void;
}

/**
 * The connection-error screen for the lazy chunk of `WebFormFlow` or `WebFormReturn` failing to
 * load (offline, a deploy that replaced the file): `ConnectionErrorScreen`'s connectivity case,
 * in the first chunk with the three strings it needs, since `ConnectionErrorScreen` itself and
 * its words arrive with the chunk that failed. Not exported: an app's own markup uses
 * `ConnectionErrorScreen`.
 */
export function LoadErrorScreen({ onRetry, children, ...layout }: LoadErrorScreenProps) {
  const { t } = useRedirectI18n(layout.messages);
  return (
    <ScreenLayout
      {...layout}
      screen="connection-error"
      state="connectivity"
      tone="danger"
      heading={t('connectionError.heading')}
      lead={t('connectionError.lead.network')}
      defaults={{
        illustration: <Illustration name="offline" />,
        actions: <ScreenButton onClick={onRetry}>{t('connectionError.retry')}</ScreenButton>,
      }}
    >
      {children}
    </ScreenLayout>
  );
}
