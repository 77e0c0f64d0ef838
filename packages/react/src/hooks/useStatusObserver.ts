import { StatusObserver } from '@webform-kit/core/flow';
import type { Snapshot, StatusOptions, StatusResult, StatusSource } from '@webform-kit/core/flow';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useWebFormKit } from './useWebFormKit.ts';

/**
 * Core's {@link StatusObserver} in a component, in the shape of TanStack's `useBaseQuery`: one
 * observer per mount, subscribed with `useSyncExternalStore`, options (the id included) passed on
 * after each render.
 */
export function useStatusObserver<T extends Snapshot, O>(
  hookName: string,
  source: StatusSource<T, O>,
  id: string | null | undefined,
  options: StatusOptions = {},
): StatusResult<T, O> {
  const kit = useWebFormKit(hookName);
  const { enabled, intervalMs, push } = options;
  const [observer] = useState(() => new StatusObserver(kit, source, id, options));
  const result = useSyncExternalStore(observer.subscribe, observer.getResult, observer.getResult);
  useEffect(() => {
    observer.setOptions(id, { enabled, intervalMs, push });
  }, [observer, id, enabled, intervalMs, push]);
  return result;
}
