import type * as WebFormReturnScreensModuleType from './WebFormReturnScreens.tsx';

export type WebFormReturnScreensModule = typeof WebFormReturnScreensModuleType;

let loading: Promise<WebFormReturnScreensModule> | undefined;
let loaded: WebFormReturnScreensModule | undefined;

/**
 * Requests the chunk with `WebFormReturn`'s engine and outcome screens, once for the page. A
 * failed request is forgotten, so the next call (Try again) requests it anew.
 *
 * A module of its own rather than a second export of `WebFormFlow`'s chunk: Rolldown (Vite 8's
 * bundler; 1.2.19 checked) keeps every export of a module imported with `import()` that any
 * importer reads, even an importer it drops as unused, so an app showing only `WebFormFlow` would
 * download these screens too (0.4 kB min+gzip). In an app with both, the bundler moves what the
 * two chunks share (the engine, zod, the screens, their words) into one chunk that both load.
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
