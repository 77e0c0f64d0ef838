import type { ProxyEvent } from '../ProxyEvent.ts';

/**
 * One line for an event an operator must see, or `null`: a refused request (with the value the
 * answer to the browser leaves out, and the fix), finAPI answering what the proxy will not pass
 * on, and errors. The default log of `startProxyServer` and the CLI's.
 *
 * @example
 * describeProxyProblem({ type: 'refused', code: 'ORIGIN_NOT_ALLOWED', detail: 'Origin https://x.example' })
 * // 'webform-kit proxy: refused ORIGIN_NOT_ALLOWED (Origin https://x.example): add it to allowedOrigins'
 */
export function describeProxyProblem(event: ProxyEvent): string | null {
  switch (event.type) {
    case 'refused': {
      const fix = event.code === 'ORIGIN_NOT_ALLOWED' ? 'allowedOrigins' : 'allowedHosts';
      return `webform-kit proxy: refused ${event.code} (${event.detail}): if that is your app, add it to ${fix}`;
    }
    case 'finapi-invalid-response':
      return `webform-kit proxy: finAPI ${event.method} ${event.path} answered what the proxy refused (${event.detail}; ${event.requestId})`;
    case 'error': {
      const { error } = event;
      const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      return `webform-kit proxy: error ${text.replace(/\s*\n\s*/g, ' ')}`;
    }
    default:
      return null;
  }
}

/** `startProxyServer`'s `onEvent` when none is given: {@link describeProxyProblem} to stderr. */
export function logProxyProblem(event: ProxyEvent): void {
  const line = describeProxyProblem(event);
  if (line !== null) console.error(line);
}
