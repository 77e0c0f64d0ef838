import { createContext, useContext } from 'react';
import { en, type DemoMessages } from './en.ts';

/** The demo's words in the chosen language (English until it has loaded). */
export const DemoMessagesContext = createContext<DemoMessages>(en);

export function useDemoMessages(): DemoMessages {
  return useContext(DemoMessagesContext);
}
