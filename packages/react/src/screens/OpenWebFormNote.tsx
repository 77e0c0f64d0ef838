import type { Messages } from '../i18n/Messages.ts';
import { useRedirectI18n } from '../i18n/useRedirectI18n.ts';

export interface OpenWebFormNoteProps {
  /** The browser blocked the new tab: say so, and point at the link that replaced the button. */
  popupBlocked?: boolean | undefined;
  /** The form opens in a new tab: ask the user to keep this one open. */
  openIn?: 'same-tab' | 'new-tab' | undefined;
  messages?: Partial<Messages> | undefined;
}

/**
 * The note beside the action that opens the web form: a warning when the new tab was blocked,
 * otherwise, for a new tab, that the result will show here.
 *
 * @example
 * <OpenWebFormNote popupBlocked={flow.popupBlocked} openIn={flow.openIn} />
 */
export function OpenWebFormNote({ popupBlocked = false, openIn, messages }: OpenWebFormNoteProps) {
  const { t } = useRedirectI18n(messages);
  if (popupBlocked) {
    return (
      <p className="wfk-note" data-tone="warning">
        {t('open.popupBlocked')}
      </p>
    );
  }
  return openIn === 'new-tab' ? <p className="wfk-note">{t('open.newTab')}</p> : null;
}
