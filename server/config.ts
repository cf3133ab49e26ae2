import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { DEFAULT_DATASET_DIR } from './dataset';

// Configuration is read and checked once at start-up; everything else receives a Config.

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).optional(),
  NEO4J_URI: z.string().regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\//, 'must be a neo4j:// or bolt:// URI').optional(),
  NEO4J_USER: z.string().optional(),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().optional(),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  CORS_ORIGINS: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  STATE_DIR: z.string().min(1).optional(),
  READ_ACCESS: z.enum(['public', 'login']).default('public'),
  REVIEW: z.enum(['direct', 'required']).default('direct'),
  // Spelled out: z.coerce.boolean() would read "false" as true.
  READ_ONLY: z.enum(['true', 'false', '1', '0']).default('false'),
  TRUST_PROXY: z
    .string()
    .regex(/^(\d+|[\w.:/]+(\s*,\s*[\w.:/]+)*)$/, 'must be a number of proxies or a comma-separated list of proxy addresses')
    .refine((value) => value !== 'true', 'true would let any client choose its own address: give the number of proxies or their addresses')
    .optional(),
});

/** Where the state database lives unless STATE_DIR says otherwise (git-ignored). */
export const DEFAULT_STATE_DIR = resolve(import.meta.dirname, '../.state');

/**
 * Express's `trust proxy`: false (the client is whoever connects), a number of proxies in
 * front, or the proxies' addresses/subnets ("loopback", "10.0.0.0/8").
 */
export type TrustProxy = false | number | string;

/** Who may read: everyone, or signed-in accounts only. */
export type ReadAccess = 'public' | 'login';
/** Whether a contributor's change applies at once or waits for an editor. */
export type ReviewPolicy = 'direct' | 'required';

export interface Neo4jConfig {
  uri: string;
  user?: string;
  password?: string;
  database?: string;
}

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** Set when NEO4J_URI is: the API then reads from Neo4j instead of the embedded store. */
  neo4j: Neo4jConfig | null;
  /** Development shows stack traces and field suggestions; production hides them. */
  development: boolean;
  /** Origins allowed to call the API from a browser; empty means same origin only. */
  corsOrigins: string[];
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  /** Folder of the state database (accounts, sessions, the embedded change log). */
  stateDir: string;
  readAccess: ReadAccess;
  review: ReviewPolicy;
  /** A read-only deployment refuses every mutation. */
  readOnly: boolean;
  /** Which proxies' X-Forwarded-For / -Proto to believe (client address, https); none by default. */
  trustProxy: TrustProxy;
}

export class ConfigError extends Error {}

/** Reads the environment and command line (`--data <dir>`, `--port <n>`); throws ConfigError naming the variable. */
export function readConfig(env: NodeJS.ProcessEnv = process.env, argv: string[] = process.argv.slice(2)): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const { values } = parseArgs({
    args: argv,
    options: { data: { type: 'string' }, port: { type: 'string' } },
    strict: false,
  });
  const e = parsed.data;
  const port = typeof values.port === 'string' ? Number(values.port) : e.PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`--port: "${values.port}" is not a port`);
  const dataDir = typeof values.data === 'string' ? values.data : e.DATA_DIR;
  return {
    port,
    host: e.HOST,
    dataDir: dataDir ? resolve(dataDir) : DEFAULT_DATASET_DIR,
    neo4j: e.NEO4J_URI
      ? { uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE }
      : null,
    development: e.NODE_ENV === 'development',
    corsOrigins: (e.CORS_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
    logLevel: e.LOG_LEVEL,
    stateDir: e.STATE_DIR ? resolve(e.STATE_DIR) : DEFAULT_STATE_DIR,
    readAccess: e.READ_ACCESS,
    review: e.REVIEW,
    readOnly: e.READ_ONLY === 'true' || e.READ_ONLY === '1',
    trustProxy: e.TRUST_PROXY === undefined || e.TRUST_PROXY === 'false' ? false : /^\d+$/.test(e.TRUST_PROXY) ? Number(e.TRUST_PROXY) : e.TRUST_PROXY,
  };
}
