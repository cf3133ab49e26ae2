/**
 * `npm run db:load [-- --data <dir>] [--discard-changes]`: validates a data set and loads it into
 * Neo4j, all or nothing. Reads NEO4J_URI (required), NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE,
 * and the data folder from --data or DATA_DIR (default seed/rotherham). A database holding
 * changes recorded by curation is refused unless --discard-changes says to delete them with the
 * graph they were made on. Exit code 0 on success, 1 otherwise.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { StoreUnavailableError } from '../store/errors';
import { createDriver, loadDatasetIntoNeo4j } from '../store/neo4j';
import { DatasetError } from './DatasetError';
import { DEFAULT_DATASET_DIR, loadDataset } from './loadDataset';

class UsageError extends Error {}

function readSettings(env: NodeJS.ProcessEnv, argv: string[]) {
  let values: { data?: string; 'discard-changes'?: boolean };
  try {
    ({ values } = parseArgs({ args: argv, options: { data: { type: 'string' }, 'discard-changes': { type: 'boolean' } }, strict: true, allowPositionals: false }));
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}. Usage: npm run db:load [-- --data <folder>] [--discard-changes]`);
  }
  const uri = env.NEO4J_URI?.trim();
  if (!uri) {
    throw new UsageError('NEO4J_URI is not set. Example: NEO4J_URI=bolt://localhost:7687 npm run db:load (npm run db:start starts a local Neo4j).');
  }
  if (!/^(neo4j|bolt)(\+s|\+ssc)?:\/\//.test(uri)) throw new UsageError(`NEO4J_URI must be a neo4j:// or bolt:// URI, got ${JSON.stringify(uri)}`);
  return {
    neo4j: {
      uri,
      user: env.NEO4J_USER || undefined,
      password: env.NEO4J_PASSWORD || undefined,
      database: env.NEO4J_DATABASE || undefined,
    },
    dataDir: resolve(values.data ?? env.DATA_DIR ?? DEFAULT_DATASET_DIR),
    discardChanges: values['discard-changes'] === true,
  };
}

/** Runs the command; returns the process exit code. */
export async function main(env: NodeJS.ProcessEnv = process.env, argv: string[] = process.argv.slice(2)): Promise<number> {
  const started = Date.now();
  try {
    const settings = readSettings(env, argv);
    // Validated before connecting: a data set with any error loads nothing.
    const dataset = await loadDataset(settings.dataDir);
    console.log(`Loading ${settings.dataDir} into ${settings.neo4j.uri}${settings.neo4j.database ? ` (database ${settings.neo4j.database})` : ''}…`);
    const driver = createDriver(settings.neo4j);
    try {
      const summary = await loadDatasetIntoNeo4j(driver, dataset, { database: settings.neo4j.database, discardChanges: settings.discardChanges });
      console.log(
        [
          `Loaded data set "${summary.dataset}" in one transaction:`,
          `  ${summary.entities} entities, ${summary.relations} relations, ${summary.sources} sources,`,
          `  ${summary.relationTypes} relation types, ${summary.claims} claims, ${summary.disputes} disputes`,
          ...(summary.changesDiscarded > 0 ? [`Deleted ${summary.changesDiscarded} recorded changes with the old graph (--discard-changes).`] : []),
          `Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
        ].join('\n'),
      );
    } finally {
      await driver.close();
    }
    return 0;
  } catch (error) {
    if (error instanceof DatasetError || error instanceof UsageError) {
      console.error(error.message);
    } else if (error instanceof StoreUnavailableError) {
      console.error(`Nothing was loaded: ${error.message}`);
    } else {
      const message = error instanceof Error ? error.message : String(error);
      console.error(message.startsWith('Nothing was loaded') ? message : `Nothing was loaded (the transaction was rolled back): ${message}`);
    }
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  process.exitCode = await main();
}
