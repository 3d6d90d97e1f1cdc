import { jest } from '@jest/globals';
import { ArgumentsHost, Logger } from '@nestjs/common';
import { DomainError } from '../errors/domain-error';
import { ErrorCode } from '../errors/error-code';
import { AllExceptionsFilter } from './all-exceptions.filter';

function hostFor(request: object) {
  const sent: { status?: number; body?: unknown } = {};
  const reply = {
    status(code: number) {
      sent.status = code;
      return { send: (body: unknown) => (sent.body = body) };
    },
    header: () => undefined,
  };
  const host = {
    switchToHttp: () => ({ getRequest: () => request, getResponse: () => reply }),
  } as unknown as ArgumentsHost;
  return { host, sent };
}

describe('AllExceptionsFilter', () => {
  afterEach(() => jest.restoreAllMocks());

  it('logs a 500 with the method, the matched route and the error id the client got', () => {
    const logged: unknown[] = [];
    jest.spyOn(Logger.prototype, 'error').mockImplementation((entry: unknown) => {
      logged.push(entry);
    });
    const { host, sent } = hostFor({
      method: 'PATCH',
      url: '/api/v1/entries/5d2c?token=secret',
      routeOptions: { url: '/api/v1/entries/:id' },
    });
    new AllExceptionsFilter().catch(new TypeError('boom'), host);
    const body = sent.body as { statusCode: number; errorId: string };
    expect(sent.status).toBe(500);
    expect(body.errorId).toMatch(/^[0-9a-f-]{36}$/);
    expect(logged).toEqual([
      expect.objectContaining({
        method: 'PATCH',
        route: '/api/v1/entries/:id',
        errorId: body.errorId,
      }),
    ]);
    // The raw URL (ids, query strings with tokens) stays out of the log.
    expect(JSON.stringify(logged)).not.toContain('secret');
  });

  it('does not log expected errors', () => {
    const spy = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const { host, sent } = hostFor({ method: 'GET', routeOptions: { url: '/x' } });
    new AllExceptionsFilter().catch(new DomainError(ErrorCode.NOT_FOUND), host);
    expect(sent.status).toBe(404);
    expect(spy).not.toHaveBeenCalled();
  });
});
