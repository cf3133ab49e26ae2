import { describeReviewHttp } from '../api/reviewHttp';
import { describeWithNeo4j, neo4jCurationBackend } from './neo4jTestSupport';

// tests/api/reviewHttp.ts on a real Neo4j: every server start empties the database and loads the
// tiny fixture again, so no test here depends on another file or on the order of tests.
describeWithNeo4j('reviewHttp on Neo4j', (uri) => describeReviewHttp(neo4jCurationBackend(uri)));
