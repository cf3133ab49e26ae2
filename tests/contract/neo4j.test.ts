import { describe, inject } from 'vitest';
import { neo4jOpener, neo4jUri, openLoadedStore } from '../neo4j-int/neo4jTestSupport';
import { describeChangeContract } from './changeContract';
import { describeDocumentContract } from './documentContract';
import { loadHarbour } from './harbourFixture';
import { describeOtherInquiryContract } from './otherInquiryContract';
import { describeRotherhamFacts, ROTHERHAM_SEED } from './rotherhamFacts';
import { describeStoreContract, TINY_FIXTURE } from './storeContract';

// The store contract on a real Neo4j 5.26 (started by tests/neo4j/globalSetup.ts). Each opener
// empties the database, loads the data set with the real loader (db:load's code) and opens the
// Neo4j store on it.

const uri = neo4jUri();
if (!uri) console.warn(`[neo4j] skipping the store contract on Neo4j: ${inject('neo4jSkipReason') ?? 'no reason given'}`);

describe.skipIf(!uri)('neo4j', () => {
  describeStoreContract('neo4j', neo4jOpener(uri, TINY_FIXTURE));
  describeRotherhamFacts('neo4j', neo4jOpener(uri, ROTHERHAM_SEED));
  describeChangeContract('neo4j', neo4jOpener(uri, TINY_FIXTURE));
  describeDocumentContract('neo4j', neo4jOpener(uri, TINY_FIXTURE), neo4jOpener(uri, ROTHERHAM_SEED));
  describeOtherInquiryContract('neo4j', async () => {
    const dataset = await loadHarbour();
    return { store: await openLoadedStore(uri as string, dataset), dataset };
  });
});
