import type { ButtonHTMLAttributes, Ref } from 'react';

export interface ScreenButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** `primary` for the one action the screen is about, `secondary` for the rest. */
  variant?: 'primary' | 'secondary';
  ref?: Ref<HTMLButtonElement>;
}

/**
 * The kit's button: a plain `<button type="button">` styled by the theme, for integrators who fill
 * a screen's `actions` slot and want it to match.
 *
 * @example
 * <CompletedScreen resource="payment" actions={<ScreenButton onClick={done}>Back to shop</ScreenButton>} />
 */
export function ScreenButton({ variant = 'primary', className, ...props }: ScreenButtonProps) {
  return (
    <button
      type="button"
      {...props}
      className={className ? `wfk-button ${className}` : 'wfk-button'}
      data-variant={variant}
    />
  );
}
