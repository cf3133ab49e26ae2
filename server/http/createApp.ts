import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { Logger } from 'pino';
import { createLoaders, type GraphQLContext } from '../graphql';
import type { GraphStore } from '../store';
import { cors } from './cors';
import { health, ready } from './health';
import { requestLog } from './requestLog';

export const CLIENT_DIST = join(import.meta.dirname, '../../client/dist');

/** The HTTP surface: /graphql, /health, /ready and the built explorer page at /. */
export function createApp(options: {
  apollo: ApolloServer<GraphQLContext>;
  store: GraphStore;
  logger: Logger;
  corsOrigins: string[];
}) {
  const { apollo, store, logger } = options;
  const app = express();
  app.disable('x-powered-by');
  app.use(requestLog(logger));
  app.get('/health', health);
  app.get('/ready', ready(store));
  app.use(
    '/graphql',
    cors(options.corsOrigins),
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async ({ res }) => ({ store, loaders: createLoaders(store), requestId: String(res.locals.requestId) }),
    }),
  );
  if (existsSync(CLIENT_DIST)) {
    app.use(express.static(CLIENT_DIST, { index: 'index.html', maxAge: '1h' }));
  } else {
    app.get('/', (_request, response) => {
      response.status(503).type('text/plain').send('The explorer page is not built yet: run `npm run build:client`.');
    });
  }
  return app;
}
