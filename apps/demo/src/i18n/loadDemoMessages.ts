import type { Language } from '../settings.ts';
import { en, type DemoMessages } from './en.ts';

// One dynamic import per language, as for the kit's catalogues: the app downloads only the
// language it shows.
const loaders: Record<Exclude<Language, 'en'>, () => Promise<DemoMessages>> = {
  cs: () => import('./cs.ts').then((m) => m.cs),
  de: () => import('./de.ts').then((m) => m.de),
  es: () => import('./es.ts').then((m) => m.es),
  fr: () => import('./fr.ts').then((m) => m.fr),
  it: () => import('./it.ts').then((m) => m.it),
  nl: () => import('./nl.ts').then((m) => m.nl),
  pl: () => import('./pl.ts').then((m) => m.pl),
  ro: () => import('./ro.ts').then((m) => m.ro),
  sk: () => import('./sk.ts').then((m) => m.sk),
  tr: () => import('./tr.ts').then((m) => m.tr),
};

/** The demo's own words in a language; English is built in. */
export function loadDemoMessages(language: Language): Promise<DemoMessages> {
  return language === 'en' ? Promise.resolve(en) : loaders[language]();
}
