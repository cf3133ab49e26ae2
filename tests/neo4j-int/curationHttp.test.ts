import { describeCurationHttp } from '../api/curationHttp';
import { describeWithNeo4j, neo4jCurationBackend } from './neo4jTestSupport';

// tests/api/curationHttp.ts on a real Neo4j: every server start empties the database and loads the
// tiny fixture again, so no test here depends on another file or on the order of tests.
describeWithNeo4j('curationHttp on Neo4j', (uri) => describeCurationHttp(neo4jCurationBackend(uri)));
