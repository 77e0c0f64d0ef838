import { useI18n } from '../i18n/useI18n.ts';
import { Illustration } from './Illustration.tsx';
import { ScreenButton } from './ScreenButton.tsx';
import { ScreenLayout } from './ScreenLayout.tsx';
import type { ScreenProps } from './ScreenProps.ts';

export interface ExpiredScreenProps extends ScreenProps {
  /** Starts over with a new web form; adds a Start again button. */
  onRestart?: (() => void) | undefined;
}

/**
 * The web form expired: its time ran out, or the user closed it and finAPI ended it. Nothing was
 * completed; the user can start again.
 *
 * @example
 * <ExpiredScreen onRestart={flow.restart} />
 */
export function ExpiredScreen({ onRestart, ...layout }: ExpiredScreenProps) {
  const { t } = useI18n(layout.messages);
  return (
    <ScreenLayout
      {...layout}
      screen="expired"
      heading={t('expired.heading')}
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
