// Must stay the first import: see the file.
import './productionByDefault';
import { pino } from 'pino';
import { ConfigError, readConfig } from './config';
import { DatasetError } from './dataset';
import { startServer } from './startServer';

// `npm start`: read the configuration once, start, and shut down gracefully on a signal.

async function main() {
  const config = readConfig();
  const logger = pino({ level: config.logLevel });
  const started = performance.now();
  const server = await startServer({ ...config, logger });
  logger.info(
    { store: server.store.name, data: config.neo4j ? config.neo4j.uri : config.dataDir, ms: Math.round(performance.now() - started) },
    `inquiry-graph listening on ${server.url} (GraphQL at ${server.url}/graphql)`,
  );
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: draining requests');
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DatasetError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
