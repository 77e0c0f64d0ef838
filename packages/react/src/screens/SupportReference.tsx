import { useId, useRef, useState } from 'react';
import { useI18n } from '../i18n/useI18n.ts';

/**
 * A reference for customer support with a button that copies it. Where the browser gives no
 * clipboard (an insecure page) or refuses it, the button selects the reference instead, for the
 * customer to copy by hand.
 */
export function SupportReference({ reference }: { reference: string }) {
  const { t } = useI18n();
  const labelId = useId();
  const code = useRef<HTMLElement>(null);
  const [copied, setCopied] = useState(false);
  const select = () => getSelection()?.selectAllChildren(code.current as Node);
  return (
    <p className="wfk-reference">
      <span id={labelId}>{t('common.supportReference')}</span>
      <code ref={code}>{reference}</code>
      <button
        type="button"
        className="wfk-button"
        data-variant="tertiary"
        aria-describedby={labelId}
        onClick={() =>
          (navigator.clipboard as Clipboard | undefined)
            ?.writeText(reference)
            .then(() => setCopied(true), select) ?? select()
        }
      >
        {t('common.copy')}
      </button>
      <span role="status">{copied && t('common.copied')}</span>
    </p>
  );
}
