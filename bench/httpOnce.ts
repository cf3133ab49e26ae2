import http from 'node:http';

// One GraphQL POST at a time over one kept-alive connection, for timing HTTP requests
// interleaved with in-process work (directCalls.ts). autocannon times whole runs of its own,
// which cannot be interleaved call by call with anything else.

export interface HttpOnce {
  /** Sends `body` and resolves when the whole response has arrived (rejects on a non-200). */
  post(body: string): Promise<void>;
  close(): void;
}

export function httpOnce(serverUrl: string): HttpOnce {
  const url = new URL('/graphql', serverUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  return {
    post: (body) =>
      new Promise<void>((resolve, reject) => {
        const request = http.request(
          url,
          { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
          (response) => {
            response.resume();
            response.on('end', () => (response.statusCode === 200 ? resolve() : reject(new Error(`HTTP ${response.statusCode}`))));
            response.on('error', reject);
          },
        );
        request.on('error', reject);
        request.end(body);
      }),
    close: () => agent.destroy(),
  };
}
