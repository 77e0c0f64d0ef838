import type { WebForm } from '@webform-kit/core';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { eventIdOf } from '../src/routes/eventStreamResponse.ts';
import { advanceUntilSettled, createBrowser, createTestProxy, IMPORT_BODY } from './helpers.ts';

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  });
});
afterEach(() => {
  vi.useRealTimers();
});

/** The raw blocks of a stream (`id:` and `data:` lines as sent), until `count` data messages. */
async function rawMessages(response: Response, count: number): Promise<string[]> {
  if (response.body === null) throw new Error('the response has no body');
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const messages: string[] = [];
  while (messages.length < count) {
    const { done, value } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let boundary: number;
    while ((boundary = buffer.indexOf('\n\n')) !== -1) {
      const block = buffer.slice(0, boundary);
      buffer = buffer.slice(boundary + 2);
      if (block.includes('data:')) messages.push(block);
    }
  }
  await reader.cancel();
  return messages;
}

function parse(block: string): { id: string | undefined; data: unknown } {
  const lines = block.split('\n');
  const id = lines.find((line) => line.startsWith('id: '))?.slice(4);
  const data = lines.find((line) => line.startsWith('data: '))?.slice(6) ?? 'null';
  return { id, data: JSON.parse(data) };
}

it('gives every message an id, the digest of its JSON, the same on every stream', async () => {
  const t = createTestProxy();
  const browser = createBrowser(t.proxy);
  const webForm = (await (
    await browser.request('POST', '/api/webforms/bank-connection-import', { body: IMPORT_BODY })
  ).json()) as WebForm;
  const open = (headers: Record<string, string> = {}) =>
    advanceUntilSettled(browser.request('GET', `/api/webforms/${webForm.id}/events`, { headers }));

  const [first] = (await rawMessages(await open(), 1)).map(parse);
  expect(first?.data).toEqual(webForm);
  expect(first?.id).toBe(eventIdOf(JSON.stringify(webForm)));
  expect(first?.id).toMatch(/^[0-9a-f]{8}$/);

  // The customer moves on; a browser that reconnects names what it saw last, and gets the
  // latest snapshot at once, with its own id.
  t.finapi.setWebForm(webForm.id, { status: 'IN_PROGRESS' });
  await vi.advanceTimersByTimeAsync(5000);
  const [latest] = (await rawMessages(await open({ 'last-event-id': first?.id ?? '' }), 1)).map(
    parse,
  );
  expect(latest?.data).toEqual(expect.objectContaining({ id: webForm.id, status: 'IN_PROGRESS' }));
  expect(latest?.id).toBe(eventIdOf(JSON.stringify(latest?.data)));
  expect(latest?.id).not.toBe(first?.id);
  t.proxy.close();
});

it('digests differently what differs, and alike what is alike', () => {
  expect(eventIdOf('{"status":"IN_PROGRESS"}')).toBe(eventIdOf('{"status":"IN_PROGRESS"}'));
  expect(eventIdOf('{"status":"IN_PROGRESS"}')).not.toBe(eventIdOf('{"status":"COMPLETED"}'));
  expect(eventIdOf('')).toBe('811c9dc5');
});
