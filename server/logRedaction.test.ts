import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { LOG_REDACTION } from './logRedaction';

describe('log redaction', () => {
  it('censors passwords, tokens, cookies and Authorization headers wherever a log call puts them', () => {
    const lines: string[] = [];
    const logger = pino({ level: 'info', redact: LOG_REDACTION }, { write: (line: string) => void lines.push(line) });
    logger.info({ password: 'pw-top', body: { name: 'alice', password: 'pw-body' }, token: 'tok-top', result: { csrfToken: 'csrf-1', sessionId: 'sid-1' } }, 'sign-in');
    logger.info({ req: { headers: { authorization: 'Bearer tok-header', cookie: 'ig_session=sid-2', 'set-cookie': 'ig_session=sid-3' } } }, 'request');
    logger.info({ headers: { authorization: 'Bearer tok-direct', cookie: 'ig_session=sid-4' } }, 'headers');
    const log = lines.join('\n');
    for (const secret of ['pw-top', 'pw-body', 'tok-top', 'csrf-1', 'sid-1', 'tok-header', 'sid-2', 'sid-3', 'tok-direct', 'sid-4']) {
      expect(log, secret).not.toContain(secret);
    }
    expect(log).toContain('"name":"alice"');
    expect(log).toContain('[redacted]');
  });
});
