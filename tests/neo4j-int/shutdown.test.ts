import { beforeAll } from 'vitest';
import { loadDataset } from '../../server/dataset';
import { loadDatasetIntoNeo4j } from '../../server/store/neo4j';
import { itShutsDownCleanly, startServerProcess } from '../api/serverProcess';
import { TINY_FIXTURE } from '../contract/storeContract';
import { describeWithNeo4j, resetDatabase } from './neo4jTestSupport';

// The Neo4j store holds the driver's sockets open, so a shutdown that never closes it hangs
// the process until SIGKILL, where the embedded store's would quietly end.

describeWithNeo4j('shutdown of the server on Neo4j', (uri) => {
  beforeAll(async () => {
    await resetDatabase(uri);
    await loadDatasetIntoNeo4j({ uri }, await loadDataset(TINY_FIXTURE));
  });
  itShutsDownCleanly(() => startServerProcess({ DATA_DIR: TINY_FIXTURE, NEO4J_URI: uri }));
});
