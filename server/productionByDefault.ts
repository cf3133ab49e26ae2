// Imported first by the entry points (server/main.ts, bench/run.ts): a server is a production
// server unless NODE_ENV says otherwise. It must run before graphql is loaded, because graphql
// reads NODE_ENV once at load time, and outside "production" it checks every type test against
// duplicate copies of itself (measured: 11% of the CPU time of a large neighbourhood query).
process.env.NODE_ENV ??= 'production';
