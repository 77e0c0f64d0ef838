import { useCallback, useSyncExternalStore } from 'react';

export const LANGUAGES = [
  'en',
  'de',
  'cs',
  'es',
  'fr',
  'it',
  'nl',
  'pl',
  'ro',
  'sk',
  'tr',
] as const;
export type Language = (typeof LANGUAGES)[number];

export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  de: 'Deutsch',
  cs: 'Čeština',
  es: 'Español',
  fr: 'Français',
  it: 'Italiano',
  nl: 'Nederlands',
  pl: 'Polski',
  ro: 'Română',
  sk: 'Slovenčina',
  tr: 'Türkçe',
};

export type Theme = 'system' | 'light' | 'dark';
export type Scenario =
  'normal' | 'callback-delayed' | 'callback-dropped' | 'slow-proxy' | 'short-expiry';
export type TaskMode = 'web-form-required' | 'complete' | 'fail';

export interface Settings {
  language: Language;
  theme: Theme;
  openIn: 'same-tab' | 'new-tab';
  push: boolean;
  scenario: Scenario;
  taskMode: TaskMode;
  /** The walkthrough and the event log; off for a clean customer view. */
  panels: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  language: 'en',
  theme: 'system',
  openIn: 'same-tab',
  push: true,
  scenario: 'normal',
  taskMode: 'web-form-required',
  panels: true,
};

const KEY = 'webform-kit-demo:settings';
const listeners = new Set<() => void>();
let cached: Settings | undefined;

/** The settings as stored (and preset by the address), outside React. */
export function readSettings(): Settings {
  if (cached) return cached;
  let stored: Partial<Settings> = {};
  try {
    stored = JSON.parse(window.localStorage.getItem(KEY) ?? '{}') as Partial<Settings>;
  } catch {
    // A broken or blocked storage just means defaults.
  }
  const merged = { ...DEFAULT_SETTINGS, ...stored };
  // Query parameters win, so a walkthrough link can preset the demo (?lang=de&theme=dark&panels=0).
  const query = new URLSearchParams(window.location.search);
  const lang = query.get('lang');
  if (lang && (LANGUAGES as readonly string[]).includes(lang)) merged.language = lang as Language;
  const theme = query.get('theme');
  if (theme === 'light' || theme === 'dark' || theme === 'system') merged.theme = theme;
  if (query.get('panels') === '0') merged.panels = false;
  if (!(LANGUAGES as readonly string[]).includes(merged.language)) merged.language = 'en';
  cached = merged;
  return merged;
}

function write(next: Settings): void {
  cached = next;
  try {
    window.localStorage.setItem(KEY, JSON.stringify(next));
  } catch {
    // Settings then last for this page only.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The demo's switchers, kept in localStorage so they survive the trip to the form and back. */
export function useSettings(): [Settings, (patch: Partial<Settings>) => void] {
  const settings = useSyncExternalStore(subscribe, readSettings, () => DEFAULT_SETTINGS);
  const update = useCallback(
    (patch: Partial<Settings>) => write({ ...readSettings(), ...patch }),
    [],
  );
  return [settings, update];
}
