import http from 'node:http';

// One GraphQL POST at a time over one kept-alive connection, for timing HTTP requests
// interleaved with in-process work (directCalls.ts) or one after another (editBench.ts).
// autocannon times whole runs of its own, which cannot be interleaved call by call with
// anything else, nor carry each request's answer to the next.

export interface HttpOnce {
  /** Sends `body` and resolves when the whole response has arrived (rejects on a non-200). */
  post(body: string): Promise<void>;
  /** The same, resolving with the response body (for a request whose answer the next one needs). */
  postText(body: string): Promise<string>;
  close(): void;
}

export function httpOnce(serverUrl: string, headers: Readonly<Record<string, string>> = {}): HttpOnce {
  const url = new URL('/graphql', serverUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const send = (body: string, keep: boolean) =>
    new Promise<string>((resolve, reject) => {
      const request = http.request(
        url,
        { method: 'POST', agent, headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
        (response) => {
          const chunks: Buffer[] = [];
          if (keep) response.on('data', (chunk: Buffer) => chunks.push(chunk));
          else response.resume();
          response.on('end', () => (response.statusCode === 200 ? resolve(Buffer.concat(chunks).toString('utf8')) : reject(new Error(`HTTP ${response.statusCode}`))));
          response.on('error', reject);
        },
      );
      request.on('error', reject);
      request.end(body);
    });
  return {
    post: async (body) => {
      await send(body, false);
    },
    postText: (body) => send(body, true),
    close: () => agent.destroy(),
  };
}
