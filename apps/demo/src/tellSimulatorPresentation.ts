import { useEffect } from 'react';
import type { Language, Theme } from './settings.ts';

/**
 * Tells the demo server how the visitor wants the simulator's form to look, so the bank visit
 * follows the demo's language and theme switch (`POST /__demo/visitor`, which sets the
 * simulator's presentation knob for this visitor's finAPI users). "Follow the system" leaves the
 * theme to the browser's `prefers-color-scheme`, there as here.
 */
export function useTellSimulatorPresentation(language: Language, theme: Theme): void {
  useEffect(() => {
    const controller = new AbortController();
    fetch('/__demo/visitor', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ language, theme: theme === 'system' ? null : theme }),
      signal: controller.signal,
    }).catch(() => {
      // Without the demo server (or against finAPI's sandbox) the form keeps its own choice.
    });
    return () => controller.abort();
  }, [language, theme]);
}
