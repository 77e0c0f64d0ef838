import type * as WebFormFlowScreensModuleType from './WebFormFlowScreens.tsx';

export type WebFormFlowScreensModule = typeof WebFormFlowScreensModuleType;

let loading: Promise<WebFormFlowScreensModule> | undefined;
let loaded: WebFormFlowScreensModule | undefined;

/**
 * Requests the chunk with `WebFormFlow`'s engine and later screens, once for every flow on the
 * page. A failed request is forgotten, so the next call (Try again) requests it anew.
 */
export function loadWebFormFlowScreens(): Promise<WebFormFlowScreensModule> {
  loading ??= import('./WebFormFlowScreens.tsx').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The chunk, when an earlier call has loaded it. */
export function loadedWebFormFlowScreens(): WebFormFlowScreensModule | undefined {
  return loaded;
}
