import type { LoggerOptions } from 'pino';

/**
 * Fields no log line may carry, wherever they sit in a logged object: passwords, tokens,
 * cookies, Authorization headers. Nothing logs them today; this keeps a future `{ req }` or
 * `{ body }` in a log call from leaking them.
 */
export const LOG_REDACTION: NonNullable<LoggerOptions['redact']> = {
  paths: [
    'password', '*.password',
    'token', '*.token', 'csrfToken', '*.csrfToken', 'sessionId', '*.sessionId',
    'authorization', '*.authorization', 'cookie', '*.cookie',
    'headers.authorization', 'headers.cookie', '*.headers.authorization', '*.headers.cookie',
    'headers["set-cookie"]', '*.headers["set-cookie"]',
  ],
  censor: '[redacted]',
};
