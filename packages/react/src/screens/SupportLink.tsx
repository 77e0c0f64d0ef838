import type { Messages } from '../i18n/Messages.ts';
import { useI18n } from '../i18n/useI18n.ts';

export interface SupportLinkProps {
  /** The customer support page (the same URL as finAPI's `customerSupportUrl`). */
  href: string;
  messages?: Partial<Messages>;
  /** A plain link (default), or a button-like link where support is the screen's next step. */
  variant?: 'link' | 'primary' | 'secondary' | undefined;
}

/**
 * A link to customer support that opens in a new tab, so the flow's page stays where it is.
 * Screens show it where finAPI's form does: after an error and after a cancellation.
 */
export function SupportLink({ href, messages, variant = 'link' }: SupportLinkProps) {
  const { t } = useI18n(messages);
  const asButton = variant !== 'link';
  return (
    <a
      className={asButton ? 'wfk-button' : 'wfk-link'}
      data-variant={asButton ? variant : undefined}
      href={href}
      target="_blank"
      rel="noopener"
    >
      {t('common.support')} <span className="wfk-visually-hidden">{t('common.opensInNewTab')}</span>
    </a>
  );
}
