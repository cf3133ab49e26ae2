// Must stay the first import: see the file.
import './productionByDefault';
import { pino } from 'pino';
import { ConfigError, readConfig } from './config';
import { DatasetError } from './dataset';
import { LOG_REDACTION } from './logRedaction';
import { startServer } from './startServer';

// `npm start`: read the configuration once, start, and shut down gracefully on a signal.

/** Draining (DRAIN_GRACE_MS) and closing the store fit in this; past it the process exits anyway. */
const SHUTDOWN_LIMIT_MS = 5_000;

async function main() {
  const config = readConfig();
  const logger = pino({ level: config.logLevel, redact: LOG_REDACTION });
  const started = performance.now();
  const server = await startServer({ ...config, logger });
  logger.info(
    { store: server.store.name, data: config.neo4j ? config.neo4j.uri : config.dataDir, ms: Math.round(performance.now() - started) },
    `inquiry-graph listening on ${server.url} (GraphQL at ${server.url}/graphql)`,
  );
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const since = performance.now();
    logger.info({ signal }, 'shutting down: draining requests');
    // Should anything still hang, end the process rather than wait for a SIGKILL.
    setTimeout(() => {
      logger.error({ signal, ms: SHUTDOWN_LIMIT_MS }, 'shutdown did not finish in time: exiting');
      process.exit(1);
    }, SHUTDOWN_LIMIT_MS).unref();
    try {
      await server.close();
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
    logger.info({ signal, ms: Math.round(performance.now() - since) }, 'stopped: requests drained, store closed');
    process.exit(0);
  };
  // Once each: the same signal a second time ends the process at once, as without a handler.
  process.once('SIGINT', (signal) => void stop(signal));
  process.once('SIGTERM', (signal) => void stop(signal));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DatasetError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
