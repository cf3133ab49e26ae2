import { describe, expect, it } from 'vitest';
import { createAuthClient, type SignInMarker } from './auth';

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

function memoryMarker(initial = false): SignInMarker & { value: boolean } {
  const marker = { value: initial, get: () => marker.value, set: (v: boolean) => void (marker.value = v) };
  return marker;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

describe('createAuthClient', () => {
  it('signs in, then sends the CSRF token with every POST until it signs out', async () => {
    const { seen, fetchImpl } = scripted([json(200, { name: 'ed', role: 'editor', csrfToken: 't0k' }), new Response(null, { status: 204 })]);
    const auth = createAuthClient('', fetchImpl, memoryMarker());
    expect(auth.headers()).toEqual({});
    await expect(auth.signIn('ed', 'secret')).resolves.toEqual({ name: 'ed', role: 'EDITOR' });
    expect(seen[0]).toMatchObject({ url: '/auth/login', init: { method: 'POST', body: JSON.stringify({ name: 'ed', password: 'secret' }) } });
    expect(auth.headers()).toEqual({ 'x-csrf-token': 't0k' });
    await auth.signOut();
    expect((seen[1]!.init.headers as Record<string, string>)['x-csrf-token']).toBe('t0k');
    expect(auth.headers()).toEqual({});
  });

  it('asks the server for a session only when this browser signed in before', async () => {
    const { seen, fetchImpl } = scripted([json(200, { name: 'ed', role: 'EDITOR', csrfToken: 't' }), json(401, {})]);
    const marker = memoryMarker();
    const auth = createAuthClient('', fetchImpl, marker);
    await expect(auth.restore()).resolves.toBeNull();
    expect(seen).toHaveLength(0);
    marker.value = true;
    await expect(auth.restore()).resolves.toEqual({ name: 'ed', role: 'EDITOR' });
    await expect(auth.restore()).resolves.toBeNull();
    expect(marker.value).toBe(false);
  });

  it('a session answer of 401 means signed out', async () => {
    const { fetchImpl } = scripted([json(401, { error: 'no session' })]);
    await expect(createAuthClient('', fetchImpl, memoryMarker()).session()).resolves.toBeNull();
  });

  it('says plainly when sign-in is refused or rate-limited', async () => {
    const { fetchImpl } = scripted([
      json(401, {}),
      json(429, {}, { 'retry-after': '30' }),
      json(429, { errors: [{ message: 'Too many failed sign-ins; try again in 15 minutes.' }] }, { 'retry-after': '900' }),
    ]);
    const auth = createAuthClient('', fetchImpl, memoryMarker());
    await expect(auth.signIn('ed', 'wrong')).rejects.toMatchObject({ code: 'UNAUTHENTICATED', message: 'Wrong name or password.' });
    await expect(auth.signIn('ed', 'wrong')).rejects.toMatchObject({ code: 'RATE_LIMITED', status: 429, message: 'Too many attempts. Wait 30 seconds and try again.' });
    await expect(auth.signIn('ed', 'wrong')).rejects.toMatchObject({ code: 'RATE_LIMITED', message: 'Too many failed sign-ins; try again in 15 minutes.' });
  });
});
