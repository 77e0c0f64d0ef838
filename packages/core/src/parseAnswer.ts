import type * as z from 'zod/mini';
import { formatIssues } from './formatIssues.ts';
import { ProxyError } from './proxyError.ts';

/**
 * JSON text from the proxy (an answer, or a pushed event) validated by a schema, or an
 * `invalid-response` `ProxyError` whose message starts with `source` ("GET /api/x answered
 * with") and whose `issues` say what failed. Shared by the client and the event streams, so both
 * fail the same way.
 *
 * @example
 * parseAnswer('{"id":1}', WebFormSchema, 'GET /api/webforms/x answered with') // throws
 */
export function parseAnswer<T>(
  text: string,
  schema: z.ZodMiniType<T>,
  source: string,
  status?: number,
): T {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new ProxyError('invalid-response', `${source} malformed JSON`, {
      status,
      issues: ['(root): not valid JSON'],
      cause,
    });
  }
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const issues = formatIssues(result.error.issues);
  throw new ProxyError(
    'invalid-response',
    `${source} an unexpected shape: ${issues.slice(0, 3).join('; ')}`,
    { status, issues, cause: result.error },
  );
}
