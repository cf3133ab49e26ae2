import { describe, expect, it } from 'vitest';
import { ApiError, createRequest } from './client';

const respond = (status: number, body: unknown, statusText = '') => async () =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, statusText, headers: { 'content-type': 'application/json' } });

describe('createRequest', () => {
  it('resolves with data', async () => {
    const request = createRequest('/graphql', respond(200, { data: { stats: { entities: 3 } } }));
    await expect(request('{ stats { entities } }')).resolves.toEqual({ stats: { entities: 3 } });
  });

  it('turns GraphQL errors into ApiError with code and extensions, even with partial data', async () => {
    const request = createRequest('/graphql', respond(200, { data: { a: 1 }, errors: [{ message: 'nope', extensions: { code: 'BAD_USER_INPUT', argument: 'id' } }] }));
    const error = await request('{ a }').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ message: 'nope', code: 'BAD_USER_INPUT', status: 200, extensions: { argument: 'id' } });
  });

  it('reports an HTTP failure without a GraphQL body', async () => {
    const request = createRequest('/graphql', respond(500, 'Internal Server Error', 'Internal Server Error'));
    await expect(request('{ a }')).rejects.toMatchObject({ code: 'HTTP', status: 500, message: 'The server answered 500 Internal Server Error.' });
  });

  it('reports a network failure in words', async () => {
    const request = createRequest('/graphql', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(request('{ a }')).rejects.toMatchObject({ code: 'NETWORK' });
  });

  it('rejects a body without data', async () => {
    await expect(createRequest('/graphql', respond(200, { data: null }))('{ a }')).rejects.toMatchObject({ code: 'BAD_RESPONSE' });
  });
});
