import { ApiContract } from '../support/api-contract';

/**
 * The response check every suite runs through (api-contract.setup.ts) must itself refuse
 * what breaks the description, or the suites would pass whatever the API answered.
 * It reads the description the global setup wrote from the built portal.
 */
describe('the response check against the API description', () => {
  const contract = ApiContract.fromFile();
  const json = 'application/json; charset=utf-8';
  const contest = '/api/v1/contests/7d1f0a52-3d7f-4a47-9d38-6c1b2f0d9e11';

  it('accepts a documented error in the shared shape with a code of its status', () => {
    const body = { statusCode: 404, code: 'NOT_FOUND', message: 'Not found' };
    expect(contract.check('GET', contest, { status: 404, contentType: json, body })).toEqual([]);
  });

  it('refuses a status the operation does not document', () => {
    const body = { statusCode: 500, code: 'INTERNAL_ERROR', message: 'Internal error' };
    const problems = contract.check('GET', contest, { status: 500, contentType: json, body });
    expect(problems.join()).toMatch(/does not document/);
  });

  it('refuses a code that does not belong to the operation under that status', () => {
    const body = { statusCode: 404, code: 'EMAIL_TAKEN', message: 'x' };
    expect(contract.check('GET', contest, { status: 404, contentType: json, body })).not.toEqual(
      [],
    );
  });

  it('refuses a success body that does not match its schema', () => {
    const problems = contract.check('GET', '/api/v1/contests', {
      status: 200,
      contentType: json,
      body: [{ id: 'not-a-uuid' }],
    });
    expect(problems.length).toBeGreaterThan(0);
  });

  it('leaves pages and unknown routes alone', () => {
    expect(contract.check('GET', '/contests', { status: 200, body: {} })).toEqual([]);
    expect(contract.check('GET', '/api/v1/nothing-here', { status: 404, body: {} })).toEqual([]);
  });
});
