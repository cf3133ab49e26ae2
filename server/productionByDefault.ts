// Imported first by the entry points (server/main.ts, bench/run.ts): a server is a production
// server unless NODE_ENV says otherwise. It must run before graphql is loaded, because graphql
// reads NODE_ENV once at load time, and outside "production" it checks every type test against
// duplicate copies of itself (measured: 11% of the CPU time of a large neighbourhood query).
process.env.NODE_ENV ??= 'production';

// tsx maps every stack trace back to the TypeScript sources, which only a developer reads. The
// Neo4j driver reads a stack trace for every statement it sends (to tell, should it fail, where
// it was sent from), and mapping those took 8% of the server's CPU time on an edit (a Node CPU
// profile of 500 seed edits on Neo4j). A production server neither shows nor logs stack traces.
if (process.env.NODE_ENV === 'production') process.setSourceMapsEnabled(false);
