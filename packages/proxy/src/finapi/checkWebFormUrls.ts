export interface WebFormUrlRules {
  /** finAPI Web Form 2.0's base URL: its host name and scheme decide what a web form URL may be. */
  finapiUrl: string;
  /** More host names a web form URL may have (any port). */
  allowedHosts: readonly string[];
}

const FINAPI_DOMAIN = 'finapi.io';

function isUnder(hostname: string, domain: string): boolean {
  return hostname === domain || hostname.endsWith(`.${domain}`);
}

/** The web form URLs in a finAPI answer: a web form's `url`, a task's `payload.webForm.url`. */
function webFormUrlsOf(answer: unknown): string[] {
  if (answer === null || typeof answer !== 'object') return [];
  const urls: string[] = [];
  const { url, payload } = answer as { url?: unknown; payload?: unknown };
  if (typeof url === 'string') urls.push(url);
  const webForm = (payload as { webForm?: { url?: unknown } } | null | undefined)?.webForm;
  if (typeof webForm?.url === 'string') urls.push(webForm.url);
  return urls;
}

/**
 * Pins the web form URLs finAPI answers, which the browser is sent to: a URL on another host
 * would send the user to a look-alike page to type in their bank login. A URL passes when its
 * host name is `finapiUrl`'s (any port), is under `finapi.io` while `finapiUrl` is (finAPI's
 * sandbox at `webform-sandbox.finapi.io` answers URLs on `webform.finapi.io`), or is listed in
 * `allowedHosts`; and it is https whenever `finapiUrl` is. It carries no user name or password.
 * Returns a function giving the reason to refuse an answer, for the finAPI client's
 * `checkAnswer`.
 *
 * @example
 * const check = checkWebFormUrls({ finapiUrl: 'https://webform-sandbox.finapi.io', allowedHosts: [] });
 * check({ url: 'https://webform.finapi.io/wf/abc' }); // undefined: passes
 * check({ url: 'https://finapi-login.evil.example/wf/abc' }); // 'web form URL https://finapi-login.evil.example/... is ...'
 */
export function checkWebFormUrls(rules: WebFormUrlRules): (answer: unknown) => string | undefined {
  const finapi = new URL(rules.finapiUrl);
  const httpsOnly = finapi.protocol === 'https:';
  const onFinapiDomain = isUnder(finapi.hostname, FINAPI_DOMAIN);
  const hosts = new Set([finapi.hostname, ...rules.allowedHosts]);
  const allowed = (url: URL) =>
    hosts.has(url.hostname) || (onFinapiDomain && isUnder(url.hostname, FINAPI_DOMAIN));

  return (answer) => {
    for (const text of webFormUrlsOf(answer)) {
      let url: URL | undefined;
      try {
        url = new URL(text);
      } catch {
        // Core's schema lets no such URL through; refused all the same.
      }
      const refused =
        url === undefined ||
        (url.protocol !== 'https:' && (httpsOnly || url.protocol !== 'http:')) ||
        url.username !== '' ||
        url.password !== '' ||
        !allowed(url);
      if (refused) {
        return `web form URL ${text.slice(0, 200)} is not one finAPI may answer: https${httpsOnly ? '' : ' or http'}, on ${finapi.hostname}${onFinapiDomain ? ' or finapi.io' : ''} or allowedWebFormHosts, without credentials`;
      }
    }
    return undefined;
  };
}
