import { createContext, useContext, type ButtonHTMLAttributes, type Ref } from 'react';

export type ScreenButtonVariant = 'primary' | 'secondary' | 'tertiary';

export interface ScreenButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /**
   * `primary` for the one action the screen is about, `secondary` for an alternative, `tertiary`
   * (a text button) for backing out. Default `primary`, or what a {@link ButtonVariantContext}
   * above says.
   */
  variant?: ScreenButtonVariant;
  ref?: Ref<HTMLButtonElement>;
}

/**
 * The variant of buttons that name none. Lets a wrapper demote a screen's default buttons, as the
 * result tab does when closing it is the main action.
 */
export const ButtonVariantContext = createContext<ScreenButtonVariant>('primary');

/**
 * The kit's button: a plain `<button type="button">` styled by the theme, for integrators who fill
 * a screen's `actions` slot and want it to match.
 *
 * @example
 * <CompletedScreen resource="payment" actions={<ScreenButton onClick={done}>Back to shop</ScreenButton>} />
 */
export function ScreenButton({ variant, className, ...props }: ScreenButtonProps) {
  const inherited = useContext(ButtonVariantContext);
  return (
    <button
      type="button"
      {...props}
      className={className ? `wfk-button ${className}` : 'wfk-button'}
      data-variant={variant ?? inherited}
    />
  );
}
