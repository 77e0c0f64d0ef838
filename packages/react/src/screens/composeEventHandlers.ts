/**
 * Runs the integrator's handler first, then the kit's, unless the integrator's handler called
 * `event.preventDefault()`. Lets a wrapped button keep its behaviour while the integrator adds
 * analytics or vetoes it.
 *
 * @example
 * <button onClick={composeEventHandlers(props.onClick, () => stopCountdown())} />
 */
export function composeEventHandlers<E extends { defaultPrevented: boolean }>(
  theirs: ((event: E) => void) | undefined,
  ours: (event: E) => void,
): (event: E) => void {
  return (event) => {
    theirs?.(event);
    if (!event.defaultPrevented) ours(event);
  };
}
