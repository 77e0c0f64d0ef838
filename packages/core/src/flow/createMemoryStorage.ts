import type { FlowStorageArea } from './FlowEnvironment.ts';

/**
 * Web Storage kept in memory, for a {@link FlowEnvironment} outside a browser (a script, a test,
 * a server that drives a flow): one for `sessionStorage`, one for `localStorage`.
 *
 * @example
 * const session = createMemoryStorage();
 * const env = { storage: (name) => (name === 'sessionStorage' ? session : local) };
 */
export function createMemoryStorage(): FlowStorageArea {
  const entries = new Map<string, string>();
  return {
    getItem: (key) => entries.get(key) ?? null,
    setItem: (key, value) => void entries.set(key, value),
    removeItem: (key) => void entries.delete(key),
    key: (index) => [...entries.keys()][index] ?? null,
    get length() {
      return entries.size;
    },
  };
}
