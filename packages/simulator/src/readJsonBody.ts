/** A request body read as JSON, or why it could not be. */
export type JsonBody =
  | { ok: true; value: unknown }
  | { ok: false; reason: 'unsupported-media-type' | 'malformed'; message: string };

// Spring, on which finAPI runs, reads application/json and application/*+json bodies only.
const JSON_MEDIA_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/** Reads a JSON request body the way finAPI's framework does. */
export async function readJsonBody(request: Request): Promise<JsonBody> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!JSON_MEDIA_TYPE.test(contentType)) {
    return {
      ok: false,
      reason: 'unsupported-media-type',
      message: `Content type '${contentType || 'none'}' is not supported; send application/json`,
    };
  }
  const text = await request.text();
  if (text.trim() === '') {
    return { ok: false, reason: 'malformed', message: 'Required request body is missing' };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return {
      ok: false,
      reason: 'malformed',
      message: `Malformed JSON request body: ${(error as Error).message}`,
    };
  }
}
