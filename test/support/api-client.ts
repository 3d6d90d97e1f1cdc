import request from 'supertest';
import { FACTORY_PASSWORD } from './database';

/** Signs a (factory) user in through the API; returns the access token. */
export async function accessTokenOf(
  url: string,
  email: string,
  password = FACTORY_PASSWORD,
): Promise<string> {
  const res = await request(url).post('/api/v1/auth/login').send({ email, password }).expect(200);
  return res.body.accessToken as string;
}

/** The Authorization header of a token; none for an anonymous request. */
export const bearer = (token?: string) => (token ? { authorization: `Bearer ${token}` } : {});

/**
 * JSON requests as a signed-in person, with a default token (read when the request is made,
 * so suites can sign in in `beforeAll`). Pass another token as the last argument.
 */
export function bearerClient(url: () => string, defaultToken: () => string) {
  const as = (token?: string) => bearer(token ?? defaultToken());
  return {
    get: (path: string, token?: string) => request(url()).get(path).set(as(token)),
    post: (path: string, body: object = {}, token?: string) =>
      request(url()).post(path).set(as(token)).send(body),
    put: (path: string, body: object, token?: string) =>
      request(url()).put(path).set(as(token)).send(body),
    patch: (path: string, body: object, token?: string) =>
      request(url()).patch(path).set(as(token)).send(body),
    del: (path: string, token?: string) => request(url()).delete(path).set(as(token)),
  };
}
