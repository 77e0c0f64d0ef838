import type { WebFormKind } from './webFormKind.ts';

/** The proxy's default base path. */
export const DEFAULT_BASE_URL = '/api';

function join(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${path}`;
}

/**
 * The proxy's routes (see DESIGN.md), shared by the client and the proxy so both speak the same
 * paths. Ids are encoded even though they are checked for shape first.
 */
export const proxyRoutes = {
  createWebForm: (baseUrl: string, kind: WebFormKind) => join(baseUrl, `/webforms/${kind}`),
  webForm: (baseUrl: string, id: string) => join(baseUrl, `/webforms/${encodeURIComponent(id)}`),
  webFormEvents: (baseUrl: string, id: string) =>
    join(baseUrl, `/webforms/${encodeURIComponent(id)}/events`),
  createBackgroundUpdate: (baseUrl: string) => join(baseUrl, '/tasks/background-update'),
  task: (baseUrl: string, id: string) => join(baseUrl, `/tasks/${encodeURIComponent(id)}`),
  taskEvents: (baseUrl: string, id: string) =>
    join(baseUrl, `/tasks/${encodeURIComponent(id)}/events`),
} as const;
