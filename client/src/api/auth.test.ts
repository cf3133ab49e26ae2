import { describe, expect, it } from 'vitest';
import { createAuthClient } from './auth';

interface Seen {
  url: string;
  init: RequestInit;
}

/** A fetch that answers each request from `answers` in turn and records what it was sent. */
function scripted(answers: Response[]) {
  const seen: Seen[] = [];
  const fetchImpl = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    seen.push({ url: String(input), init });
    const next = answers.shift();
    if (!next) throw new Error('no answer left');
    return next;
  };
  return { seen, fetchImpl: fetchImpl as typeof fetch };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

describe('createAuthClient', () => {
  it('signs in, then sends the CSRF token with every POST until it signs out', async () => {
    const { seen, fetchImpl } = scripted([json(200, { name: 'ed', role: 'editor', csrfToken: 't0k' }), new Response(null, { status: 204 })]);
    const auth = createAuthClient('', fetchImpl);
    expect(auth.headers()).toEqual({});
    await expect(auth.signIn('ed', 'secret')).resolves.toEqual({ name: 'ed', role: 'EDITOR' });
    expect(seen[0]).toMatchObject({ url: '/auth/login', init: { method: 'POST', body: JSON.stringify({ name: 'ed', password: 'secret' }) } });
    expect(auth.headers()).toEqual({ 'x-csrf-token': 't0k' });
    await auth.signOut();
    expect((seen[1]!.init.headers as Record<string, string>)['x-csrf-token']).toBe('t0k');
    expect(auth.headers()).toEqual({});
  });

  it('a session answer of 401 means signed out', async () => {
    const { fetchImpl } = scripted([json(401, { error: 'no session' })]);
    await expect(createAuthClient('', fetchImpl).session()).resolves.toBeNull();
  });

  it('says plainly when sign-in is refused or rate-limited', async () => {
    const { fetchImpl } = scripted([
      json(401, {}),
      json(429, {}, { 'retry-after': '30' }),
      json(429, { errors: [{ message: 'Too many failed sign-ins; try again in 15 minutes.' }] }, { 'retry-after': '900' }),
    ]);
    const auth = createAuthClient('', fetchImpl);
    await expect(auth.signIn('ed', 'wrong')).rejects.toMatchObject({ code: 'UNAUTHENTICATED', message: 'Wrong name or password.' });
    await expect(auth.signIn('ed', 'wrong')).rejects.toMatchObject({ code: 'RATE_LIMITED', status: 429, message: 'Too many attempts. Wait 30 seconds and try again.' });
    await expect(auth.signIn('ed', 'wrong')).rejects.toMatchObject({ code: 'RATE_LIMITED', message: 'Too many failed sign-ins; try again in 15 minutes.' });
  });
});
