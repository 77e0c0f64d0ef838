import { createElement, lazy, type ComponentType, type ReactElement } from 'react';

let retries = 0;

/** Lets the pages whose chunk failed to load try again on their next render. */
export function retryFailedPages(): void {
  retries += 1;
}

/** A page (or panel) in a chunk of its own, which can be fetched before React asks for it. */
export type LazyPage<P extends object> = ((props: P) => ReactElement) & {
  /** Starts loading the chunk; resolves once the component is there. Idempotent. */
  preload(): Promise<unknown>;
};

/**
 * `React.lazy` for a page, plus `preload()`: main.tsx preloads the first page's chunk before the
 * first render, so that page renders at once, in one paint with the header and the panels, and
 * nothing below it shifts when it arrives. A plain `lazy` suspends on first use even when the
 * chunk is already there (it waits on a promise, which resolves a microtask later), showing the
 * fallback for a frame; here a loaded page is handed over through a thenable that calls back at
 * once, which `lazy` takes without suspending. Later pages suspend as usual while they load.
 *
 * @example
 * const FlowPage = lazyPage(() => import('./pages/FlowPage.tsx').then((m) => m.FlowPage));
 * await FlowPage.preload();
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  let loaded: { default: ComponentType<P> } | undefined;
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const preload = () => {
    // A failed load is forgotten, so the next try fetches the chunk again.
    loading ??= load().then(
      (component) => (loaded = { default: component }),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  // React.lazy keeps a rejected load for good: after a failure, the first render after
  // retryFailedPages() (the page boundary's Try again, PageBoundary.tsx) gets a new one, which
  // fetches the chunk again. Not before: a new lazy on every render would fetch in a loop.
  let failedAt: number | undefined;
  const fresh = () =>
    lazy(() => {
      const module = loaded;
      if (module === undefined) {
        return preload().catch((error: unknown) => {
          failedAt = retries;
          throw error;
        });
      }
      const now: PromiseLike<{ default: ComponentType<P> }> = {
        then: (onLoaded) => {
          onLoaded?.(module);
          return now as never;
        },
      };
      return now as Promise<{ default: ComponentType<P> }>;
    });
  let current = fresh();
  const page = (props: P) => {
    if (failedAt !== undefined && failedAt !== retries) {
      failedAt = undefined;
      current = fresh();
    }
    return createElement(current, props);
  };
  return Object.assign(page, { preload });
}
