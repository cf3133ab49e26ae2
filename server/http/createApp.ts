import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import compression from 'compression';
import express from 'express';
import type { Logger } from 'pino';
import type { AccountStore, LoginLimiter } from '../auth';
import type { ReadAccess, TrustProxy } from '../config';
import { createLoaders, type CurationSettings, type GraphQLContext } from '../graphql';
import type { GraphStore } from '../store';
import { authRoutes } from './authRoutes';
import { graphqlAuthentication, viewerOf } from './authenticate';
import { cors } from './cors';
import { health, ready } from './health';
import { httpErrors } from './httpErrors';
import { requestLog } from './requestLog';
import { securityHeaders } from './securityHeaders';

export const CLIENT_DIST = join(import.meta.dirname, '../../client/dist');
export const GRAPHIQL_DIST = join(import.meta.dirname, '../../client/graphiql/dist');

/** The HTTP surface: /graphql, /health, /ready and the built explorer page at /. */
export function createApp(options: {
  apollo: ApolloServer<GraphQLContext>;
  store: GraphStore;
  logger: Logger;
  corsOrigins: string[];
  accounts: AccountStore;
  readAccess: ReadAccess;
  trustProxy: TrustProxy;
  /** Sign-in rate limits (tests pass a tighter one). */
  loginLimiter?: LoginLimiter;
  curation: CurationSettings;
}) {
  const { apollo, store, logger, accounts } = options;
  const app = express();
  app.disable('x-powered-by');
  // Off by default: only then is `request.ip` (the sign-in rate limit's key) not up to the client.
  app.set('trust proxy', options.trustProxy);
  // Express would hash every response body for an ETag; GraphQL answers are POSTs that no
  // cache revalidates, and hashing a 1 MB neighbourhood costs more than finding it.
  app.set('etag', false);
  app.use(requestLog(logger));
  app.use(securityHeaders);
  app.get('/health', health);
  app.get('/ready', ready(store, logger));
  app.use('/auth', authRoutes(accounts, options.loginLimiter));
  app.use(
    '/graphql',
    cors(options.corsOrigins),
    graphqlAuthentication(accounts, options.readAccess),
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async ({ res }) => ({ store, loaders: createLoaders(store), requestId: String(res.locals.requestId), viewer: viewerOf(res), accounts, curation: options.curation }),
    }),
  );
  serveBuilt(app, '/graphiql', GRAPHIQL_DIST);
  serveBuilt(app, '/', CLIENT_DIST);
  app.use(httpErrors(logger));
  return app;
}

/**
 * Serves a Vite build, compressed for clients that accept it (the explorer's bundle is about
 * 850 KB, a fifth of that gzipped), or says how to make it when it is missing (never a bare
 * 404). GraphQL answers are not compressed here: on a local network the CPU costs more than
 * the bytes, and a proxy in front can do it.
 */
function serveBuilt(app: express.Express, path: string, directory: string) {
  if (existsSync(directory)) {
    app.use(path, compression(), express.static(directory, { index: 'index.html', maxAge: '1h' }));
  } else {
    app.get(path, (_request, response) => {
      response.status(503).type('text/plain').send('This page is not built yet: run `npm run build:client`.');
    });
  }
}

