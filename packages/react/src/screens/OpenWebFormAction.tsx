import { useCallback, useEffect, useRef, type MouseEvent, type Ref } from 'react';
import type { Messages } from '../i18n/Messages.ts';
import { useRedirectI18n } from '../i18n/useRedirectI18n.ts';
import { composeEventHandlers } from './composeEventHandlers.ts';

export interface OpenWebFormActionProps {
  /** Opens the web form (the flow's `open` action). */
  onOpen?: (() => void) | undefined;
  /**
   * The user opened the form through the fallback link (the flow's `openedThroughLink`): the
   * browser opens it, so this only records that the one-time URL is used.
   */
  onLinkOpen?: (() => void) | undefined;
  /** Runs before `onOpen`; call `event.preventDefault()` to stop the form from opening. */
  onClick?: ((event: MouseEvent<HTMLElement>) => void) | undefined;
  /** The web form's URL: the link's target when the browser blocked the new tab. */
  url?: string | undefined;
  /** The browser blocked `window.open`: offer a real link, which a click always opens. */
  popupBlocked?: boolean | undefined;
  /** The web form is still being created: the button shows it and does nothing yet. */
  preparing?: boolean | undefined;
  /** The button's text instead of "Continue to the secure form". */
  label?: string | undefined;
  messages?: Partial<Messages> | undefined;
  /** The button or link, e.g. to move focus to it. */
  ref?: Ref<HTMLElement>;
}

/**
 * The element that opens finAPI's web form, marked `data-action="open-web-form"`: a button that
 * calls `onOpen`, or, once the browser has blocked the new tab, a link to `url` (a click on a link
 * is never blocked). When the button turns into the link, focus moves to the link: the button
 * that had it is gone, and the focus would otherwise fall back to the page.
 */
export function OpenWebFormAction({
  onOpen,
  onLinkOpen,
  onClick,
  url,
  popupBlocked = false,
  preparing = false,
  label,
  messages,
  ref,
}: OpenWebFormActionProps) {
  const { t } = useRedirectI18n(messages);
  const own = useRef<HTMLElement | null>(null);
  const setRef = useCallback(
    (node: HTMLElement | null) => {
      own.current = node;
      if (typeof ref === 'function') ref(node);
      else if (ref) ref.current = node;
    },
    [ref],
  );
  const wasBlocked = useRef(popupBlocked);
  useEffect(() => {
    if (popupBlocked && !wasBlocked.current) own.current?.focus();
    wasBlocked.current = popupBlocked;
  }, [popupBlocked]);

  if (popupBlocked && url !== undefined) {
    return (
      <a
        ref={setRef}
        className="wfk-button"
        data-variant="primary"
        data-action="open-web-form"
        href={url}
        target="_blank"
        rel="noopener"
        onClick={composeEventHandlers(onClick, () => onLinkOpen?.())}
      >
        {t('open.link')} <span className="wfk-visually-hidden">{t('common.opensInNewTab')}</span>
      </a>
    );
  }
  return (
    <button
      ref={setRef}
      type="button"
      className="wfk-button"
      data-variant="primary"
      data-action="open-web-form"
      // aria-disabled keeps the button focusable and announced while the form is created.
      aria-disabled={preparing || undefined}
      onClick={composeEventHandlers(onClick, () => {
        if (!preparing) onOpen?.();
      })}
    >
      {preparing ? t('open.preparing') : (label ?? t('open.button'))}
    </button>
  );
}
