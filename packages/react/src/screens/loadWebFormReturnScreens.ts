import type * as WebFormReturnScreensModuleType from './WebFormReturnScreens.tsx';

export type WebFormReturnScreensModule = typeof WebFormReturnScreensModuleType;

let loading: Promise<WebFormReturnScreensModule> | undefined;
let loaded: WebFormReturnScreensModule | undefined;

/**
 * Requests the chunk with `WebFormReturn`'s engine and outcome screens, once for the page. A
 * failed request is forgotten, so the next call (Try again) requests it anew.
 *
 * A module of its own rather than `WebFormFlow`'s chunk with a second export: bundlers keep every
 * export of a module that something imports with `import()`, even from code they drop, so an app
 * that shows only `WebFormFlow` would download these screens too. In an app with both, the
 * bundler moves what the two chunks share (the engine, zod, the screens, their words) into one
 * chunk of its own that both load.
 */
export function loadWebFormReturnScreens(): Promise<WebFormReturnScreensModule> {
  loading ??= import('./WebFormReturnScreens.tsx').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The chunk, when an earlier call has loaded it. */
export function loadedWebFormReturnScreens(): WebFormReturnScreensModule | undefined {
  return loaded;
}
