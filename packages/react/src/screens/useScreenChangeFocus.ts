import { useState } from 'react';

/**
 * Whether the screen now shown should take focus: once the flow has moved past the screen it
 * first rendered (a screen change the user should be taken to), or from the start when `initial`
 * says the flow itself appeared because of the user (opened in a dialog, after a click).
 */
export function useScreenChangeFocus(screen: string, initial = false): boolean {
  const [first] = useState(screen);
  const [changed, setChanged] = useState(false);
  if (!changed && screen !== first) setChanged(true);
  return initial || changed || screen !== first;
}
