import { useEffect, useState } from 'react';

/**
 * A lazy chunk with a component's later screens, requested at mount (`load`, which requests it
 * once for the page): `undefined` while it loads, `'failed'` when it could not be loaded (then
 * `retry` requests it again), else the chunk. Synchronously there when an earlier mount loaded it
 * (`loaded`), so the first screen does not flash by again; on the server always `undefined`, as
 * `import()` runs in an effect.
 */
export function useLazyChunk<T extends object>(
  load: () => Promise<T>,
  loaded: () => T | undefined,
): [chunk: T | 'failed' | undefined, retry: () => void] {
  const [chunk, setChunk] = useState<T | 'failed' | undefined>(loaded);
  const loading = chunk === undefined;
  useEffect(() => {
    if (!loading) return;
    let live = true;
    load().then(
      (module) => live && setChunk(module),
      () => live && setChunk('failed'),
    );
    return () => {
      live = false;
    };
  }, [load, loading]);
  return [chunk, () => setChunk(undefined)];
}
