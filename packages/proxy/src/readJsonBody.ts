import { WebFormProxyError } from './WebFormProxyError.ts';

/**
 * Reads a JSON request body of at most `maxBytes`. A declared `Content-Length` over the limit is
 * refused before reading; a chunked body is counted as it streams and abandoned at the limit, so
 * a large upload never sits in memory whole.
 */
export async function readJsonBody(
  request: Request,
  maxBytes: number,
  { requireJsonType = true } = {},
): Promise<unknown> {
  const tooLarge = () =>
    new WebFormProxyError(413, 'BODY_TOO_LARGE', `The request body exceeds ${maxBytes} bytes`);
  const type = request.headers.get('content-type') ?? '';
  // Requiring JSON also keeps cross-site HTML forms out: they cannot send application/json
  // without a CORS preflight, which the proxy does not answer.
  if (requireJsonType && !/^application\/([a-z0-9.+-]*\+)?json\s*(;|$)/i.test(type)) {
    throw new WebFormProxyError(
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      'Send the request body as application/json',
    );
  }
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge();

  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body !== null) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge();
      }
      chunks.push(value);
    }
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new WebFormProxyError(400, 'INVALID_JSON', 'The request body is not valid UTF-8');
  }
  if (text.trim() === '') {
    throw new WebFormProxyError(
      400,
      'INVALID_JSON',
      'The request body is empty; send a JSON object',
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new WebFormProxyError(400, 'INVALID_JSON', 'The request body is not valid JSON');
  }
}
