// Schema of the Neo4j store. Every statement is idempotent (IF NOT EXISTS), so db:load and the
// store can apply it on every run. Schema commands cannot share a transaction with data writes,
// so the loader runs these one by one before its single load transaction.
//
// Every entity carries :Entity plus its kind label (the data set's kinds.json: :Person, :Agency,
// ... for Rotherham). Queries look entities up through :Entity(id), which keeps ids unique across
// kinds; kind labels come and go with data sets, so they get no constraints of their own.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT relation_type_type IF NOT EXISTS FOR (n:RelationType) REQUIRE n.type IS UNIQUE;
CREATE CONSTRAINT entity_kind_kind IF NOT EXISTS FOR (n:EntityKind) REQUIRE n.kind IS UNIQUE;

// Dates of entities, for the timeline (earliest/latest are Neo4j `date` values).
CREATE RANGE INDEX entity_earliest IF NOT EXISTS FOR (n:Entity) ON (n.earliest);
CREATE RANGE INDEX entity_latest IF NOT EXISTS FOR (n:Entity) ON (n.latest);
CREATE RANGE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind);
CREATE RANGE INDEX dispute_subject IF NOT EXISTS FOR (n:Dispute) ON (n.subjectId, n.field);

// Relationship property indexes in Neo4j 5.26 exist per relationship type only, and the
// relationship types are the data set's vocabulary (not known when this file is written).
// Our queries match relationships without a static type (all types, or `$any($types)`), which
// the 5.26 planner cannot answer from a per-type index, so none are created: they would cost
// writes and never be used. Relationship dates are filtered while expanding from entities.

// Search: names, aliases (joined into aliasesText) and summaries. 'standard-folding' is the
// standard analyzer plus ASCII folding: case- and accent-insensitive ("zoe bronte" finds
// "Zoë Brontë"). Updated in the writing transaction (not eventually consistent), so a search
// right after db:load sees the new data.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.aliasesText, n.summary]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };

// Curation (server/store/neo4j/changes.ts). Redirects: merged-away entity ids. Changes: one
// :Change node per change, numbered from the single :ChangeSequence node, and one
// :ChangeRecord per record it touched, so a record's history is one seek of
// change_record_history in seq order. Disputes are replaced per subject when a change touches it.
CREATE CONSTRAINT redirect_id IF NOT EXISTS FOR (n:Redirect) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (n:Change) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT change_sequence_name IF NOT EXISTS FOR (n:ChangeSequence) REQUIRE n.name IS UNIQUE;
CREATE RANGE INDEX change_seq IF NOT EXISTS FOR (n:Change) ON (n.seq);
CREATE RANGE INDEX change_record_history IF NOT EXISTS FOR (n:ChangeRecord) ON (n.recordId, n.seq);
CREATE RANGE INDEX dispute_subject_id IF NOT EXISTS FOR (n:Dispute) ON (n.subjectId);

// Source documents (server/documents): one :Document per source that has its text, and one
// :Paragraph per non-empty line, found by (source, number). `words` holds the paragraph's words
// as server/documents/markWords.ts folds them, space-separated, so the 'whitespace' analyzer
// indexes exactly the words the embedded store indexes (one rule for both stores).
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE RANGE INDEX paragraph_place IF NOT EXISTS FOR (n:Paragraph) ON (n.source, n.number);
CREATE FULLTEXT INDEX paragraph_search IF NOT EXISTS
FOR (n:Paragraph) ON EACH [n.words]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'whitespace', `fulltext.eventually_consistent`: false } };
