import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from '../generated/api-types';
import { ApiContract } from './api-contract';

/**
 * A client of the JSON API typed by the types generated from its description
 * (test/generated/api-types.ts, `npm run api:types`): a path, parameter, body field or
 * response field the description does not have fails `npm run check`. At run time every
 * response is also held to the description, as supertest's are (api-contract.setup.ts).
 */

const contract = ApiContract.fromFile();

const keepsTheContract: Middleware = {
  async onResponse({ request, response }) {
    const text = await response.clone().text();
    const contentType = response.headers.get('content-type') ?? undefined;
    const problems = contract.check(request.method, request.url, {
      status: response.status,
      contentType,
      body: /json/.test(contentType ?? '') && text ? (JSON.parse(text) as unknown) : text,
      text,
    });
    if (problems.length > 0)
      throw new Error(`The response breaks the API description:\n${problems.join('\n')}`);
    return response;
  },
};

export type TypedApiClient = ReturnType<typeof createClient<paths>>;

/** A client of the portal at `baseUrl`, signed in when given an access token. */
export function typedApiClient(baseUrl: string, accessToken?: string): TypedApiClient {
  const client = createClient<paths>({
    baseUrl,
    headers: accessToken ? { authorization: `Bearer ${accessToken}` } : {},
  });
  client.use(keepsTheContract);
  return client;
}
