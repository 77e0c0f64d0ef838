import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { IMPORT_BODY } from '../helpers.ts';

const PACKAGE = fileURLToPath(new URL('../..', import.meta.url));
const CHILD = fileURLToPath(new URL('./fdLimitedProxy.ts', import.meta.url));
const LIMIT = 400;
/** The cap the Node entry derives for 400 descriptors (`maxEventStreamsFor`, checked on its own). */
const CAP = 236;
/** Streams at most before the test gives up: past the cap, short of the limit. */
const ATTEMPTS = LIMIT - 10;

let child: ChildProcessWithoutNullStreams | undefined;
afterEach(() => {
  child?.kill();
  child = undefined;
});

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  response: http.IncomingMessage;
  request: http.ClientRequest;
}

/** One request on its own connection; resolves at the answer's head (a stream stays open). */
function send(
  url: string,
  method: string,
  headers: Record<string, string> = {},
  body?: string,
  agent: http.Agent | false = false,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, headers, agent }, (response) =>
      resolve({ status: response.statusCode ?? 0, headers: response.headers, response, request }),
    );
    request.on('error', reject);
    request.end(body);
  });
}

async function text(answer: Answer): Promise<string> {
  let body = '';
  answer.response.setEncoding('utf8');
  for await (const chunk of answer.response) body += chunk as string;
  return body;
}

function startChild(): Promise<{ url: string; descriptors: number }> {
  const started = spawn(
    'bash',
    ['-c', `ulimit -n ${LIMIT}; exec node --import tsx --conditions=source "${CHILD}"`],
    {
      cwd: PACKAGE,
    },
  );
  child = started;
  let stderr = '';
  started.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    let stdout = '';
    started.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = stdout.split('\n')[0];
      if (stdout.includes('\n') && line)
        resolve(JSON.parse(line) as { url: string; descriptors: number });
    });
    started.on('exit', (code) => reject(new Error(`the proxy exited (${code}): ${stderr}`)));
  });
}

describe('issue 13.8: descriptor exhaustion, for real', () => {
  it('attack: under ulimit -n 400, streams past the cap the Node entry derives get 503, and new connections are answered, never reset', async () => {
    const { url, descriptors } = await startChild();
    expect(descriptors).toBe(LIMIT);
    const creates = new http.Agent({ keepAlive: true, maxSockets: 2 });
    const streams: Answer[] = [];
    let refused: Answer | undefined;
    let cookie = '';
    let ownWebForm = '';
    try {
      for (let i = 0; i < ATTEMPTS && refused === undefined; i++) {
        // One session per stream, as many customers would open them.
        const created = await send(
          `${url}/api/webforms/bank-connection-import`,
          'POST',
          { 'content-type': 'application/json' },
          JSON.stringify(IMPORT_BODY),
          creates,
        );
        expect(created.status).toBe(201);
        const { id } = JSON.parse(await text(created)) as { id: string };
        cookie = String(created.headers['set-cookie']?.[0]?.split(';')[0]);
        ownWebForm = id;
        const stream = await send(`${url}/api/webforms/${id}/events`, 'GET', { cookie });
        if (stream.status === 503) refused = stream;
        else {
          expect(stream.status).toBe(200);
          streams.push(stream);
        }
      }
      expect(streams).toHaveLength(CAP);
      expect(refused?.headers['retry-after']).toBe('10');
      expect(JSON.parse(await text(refused as Answer))).toMatchObject({
        code: 'STREAM_LIMIT_REACHED',
      });

      // With the cap's streams held open, new connections are still answered.
      const more = await Promise.all([
        ...Array.from({ length: 5 }, () =>
          send(`${url}/api/webforms/${ownWebForm}/events`, 'GET', { cookie }),
        ),
        ...Array.from({ length: 5 }, () =>
          send(`${url}/api/webforms/${ownWebForm}`, 'GET', { cookie }),
        ),
      ]);
      expect(more.map((answer) => answer.status)).toEqual([
        503, 503, 503, 503, 503, 200, 200, 200, 200, 200,
      ]);
      await Promise.all(more.map(text));

      // Clients leaving give their slots back.
      for (const stream of streams) stream.request.destroy();
      let reopened: Answer | undefined;
      for (let i = 0; i < 50 && reopened?.status !== 200; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        reopened?.request.destroy();
        reopened = await send(`${url}/api/webforms/${ownWebForm}/events`, 'GET', { cookie });
      }
      expect(reopened?.status).toBe(200);
      reopened?.request.destroy();
    } finally {
      for (const stream of streams) stream.request.destroy();
      creates.destroy();
    }
  }, 60_000);
});
