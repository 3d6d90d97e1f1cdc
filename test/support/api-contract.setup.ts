import Test from 'supertest/lib/test.js';
import { ApiContract } from './api-contract';

/**
 * Every response a suite receives through supertest (and so through api-client.ts) is held
 * to the API's description before the suite's own expectations run: an undocumented status
 * or a body that does not match its schema fails the request, and so the test.
 */
const contract = ApiContract.fromFile();

interface SuperagentResponse {
  status: number;
  headers: Record<string, string | undefined>;
  body: unknown;
  text?: string;
}
type Assert = (resError: unknown, res: SuperagentResponse | undefined, fn?: Callback) => void;
type Callback = (error: unknown, res?: SuperagentResponse) => void;

/** The parsed body, also when a suite read a JSON error of a download route as raw bytes. */
function jsonBodyOf(res: SuperagentResponse): unknown {
  if (Buffer.isBuffer(res.body) && /json/.test(res.headers['content-type'] ?? '')) {
    return JSON.parse(res.body.toString('utf8')) as unknown;
  }
  return res.body;
}

const prototype = (Test as unknown as { prototype: { assert: Assert } }).prototype;
const assertAsSuitesSaid = prototype.assert;

prototype.assert = function checkContractFirst(
  this: { method: string; url: string },
  resError,
  res,
  fn,
) {
  let problems: string[];
  try {
    problems = res
      ? contract.check(this.method, this.url, {
          status: res.status,
          contentType: res.headers['content-type'],
          body: jsonBodyOf(res),
          text: res.text,
        })
      : [];
  } catch (error) {
    // Thrown here, inside supertest's callback, it would leave the request unsettled and the
    // test waiting for its timeout: report it as the request's failure instead.
    problems = [`the response could not be checked: ${String(error)}`];
  }
  if (problems.length > 0) {
    fn?.call(
      this,
      new Error(`The response breaks the API description:\n${problems.join('\n')}`),
      res,
    );
    return;
  }
  assertAsSuitesSaid.call(this, resError, res, fn);
};
