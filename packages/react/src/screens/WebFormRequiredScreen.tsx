import { useI18n } from '../i18n/useI18n.ts';
import { Illustration } from './Illustration.tsx';
import { OpenWebFormAction } from './OpenWebFormAction.tsx';
import { OpenWebFormNote } from './OpenWebFormNote.tsx';
import { ScreenButton } from './ScreenButton.tsx';
import { ScreenLayout } from './ScreenLayout.tsx';
import type { ScreenProps } from './ScreenProps.ts';

export interface WebFormRequiredScreenProps extends ScreenProps {
  /** Opens the web form the task asks for (the flow's `open`). */
  onOpen?: (() => void) | undefined;
  /** The user opened the form through the fallback link (the flow's `openedThroughLink`). */
  onLinkOpen?: (() => void) | undefined;
  /** The web form's URL, for the link offered when the browser blocked the new tab. */
  url?: string | undefined;
  /** The browser blocked the new tab: the button becomes a link to `url`. */
  popupBlocked?: boolean | undefined;
  /** Where the form opens; `new-tab` adds a note to keep this page open. Default `same-tab`. */
  openIn?: 'same-tab' | 'new-tab' | undefined;
  /** Lets the user decline; adds a Cancel button. */
  onCancel?: (() => void) | undefined;
}

/**
 * A background update of a bank connection needs the user after all (finAPI's task status
 * `WEB_FORM_REQUIRED`): why, and the action that opens the form.
 *
 * @example
 * <WebFormRequiredScreen onOpen={flow.open} onCancel={flow.cancel} />
 */
export function WebFormRequiredScreen({
  onOpen,
  onLinkOpen,
  url,
  popupBlocked = false,
  openIn = 'same-tab',
  onCancel,
  children,
  ...layout
}: WebFormRequiredScreenProps) {
  const { t } = useI18n(layout.messages);

  return (
    <ScreenLayout
      {...layout}
      screen="web-form-required"
      state={popupBlocked ? 'popup-blocked' : 'ready'}
      heading={t('webFormRequired.heading')}
      lead={t('webFormRequired.lead')}
      announcement={popupBlocked ? t('open.popupBlocked') : undefined}
      defaults={{
        illustration: <Illustration name="secure" />,
        actions: (
          <>
            <OpenWebFormAction
              onOpen={onOpen}
              onLinkOpen={onLinkOpen}
              url={url}
              popupBlocked={popupBlocked}
            />
            {onCancel && (
              <ScreenButton variant="tertiary" onClick={onCancel}>
                {t('common.cancel')}
              </ScreenButton>
            )}
          </>
        ),
      }}
    >
      <OpenWebFormNote popupBlocked={popupBlocked} openIn={openIn} />
      {children}
    </ScreenLayout>
  );
}
