import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../server/store/errors';
import { createNeo4jStore } from '../../server/store/neo4j';

// A database that is down or hangs must become StoreUnavailableError within 5 seconds
// (README: "said within 5 seconds", never a hang). Needs no real Neo4j.

/** A port where nothing listens (bound, then closed). */
async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('Neo4j store when the database does not answer', () => {
  let silent: Server;
  const sockets: Socket[] = [];
  let silentPort: number;

  beforeAll(async () => {
    // Accepts TCP connections and never says anything: a hung server.
    silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    silentPort = (silent.address() as { port: number }).port;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  });

  const expectUnavailableWithin5s = async (uri: string) => {
    const store = await createNeo4jStore({ uri });
    try {
      for (const call of [() => store.ping(), () => store.stats(), () => store.relationsOf(['person:a'], { direction: 'BOTH', first: 5 })]) {
        const started = Date.now();
        await expect(call()).rejects.toBeInstanceOf(StoreUnavailableError);
        expect(Date.now() - started).toBeLessThan(5_000);
      }
    } finally {
      await store.close().catch(() => {});
    }
  };

  it('connection refused', async () => {
    await expectUnavailableWithin5s(`bolt://127.0.0.1:${await deadPort()}`);
  }, 30_000);

  it('a server that accepts connections and never answers', async () => {
    await expectUnavailableWithin5s(`bolt://127.0.0.1:${silentPort}`);
  }, 30_000);
});
