import type { ProxyContext } from '../ProxyContext.ts';
import type { ProxyResource } from '../resources/ProxyResource.ts';
import { WebFormProxyError } from '../WebFormProxyError.ts';

/** The error refusing a callback, reported to `onEvent` with why, for the operator's logs. */
export function refuseCallback(
  ctx: ProxyContext,
  resource: ProxyResource,
  status: number,
  code: string,
  message: string,
  reason: string,
  id?: string,
): WebFormProxyError {
  ctx.emit({ type: 'callback', resource: resource.name, id, accepted: false, reason });
  return new WebFormProxyError(status, code, message);
}
