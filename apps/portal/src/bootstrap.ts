import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppConfig, createValidationPipe, ErrorCode } from '@app/platform';
import { PortalModule } from './portal.module';
import { registerHttpPlugins, registerJsonBodyParser } from './http-plugins';
import { PageExceptionFilter } from './pages/platform/page-exception.filter';
import { registerRequestMetrics } from './request-metrics';
import { allowNullInNullableEnums, closeRequestBodies, describeApi } from './api/api-description';
import { documentRouteErrors } from './api/api-errors';
import { ErrorResponse } from './api/responses/error-response.dto';

const ROUTER_REFUSAL_HEADERS = {
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

/** A refusal of the router (before any filter) in the API's error shape. */
function routerErrorBody(error: { statusCode?: number; code?: string }) {
  return error.statusCode === 414
    ? { statusCode: 414, code: ErrorCode.URI_TOO_LONG, message: 'A path parameter is too long' }
    : { statusCode: 400, code: ErrorCode.VALIDATION_FAILED, message: 'The URL is malformed' };
}

/**
 * Builds the portal application for a configuration: used by main.ts, the CLI's
 * embedded start and the end-to-end tests, so all of them run the same server.
 */
export async function createPortalApp(config: AppConfig): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.BODY_LIMIT_BYTES,
    // Trust exactly the configured number of proxy hops: a client cannot forge its IP
    // by sending its own X-Forwarded-For.
    trustProxy: (_address: string, hop: number) => hop < config.TRUSTED_PROXIES,
    routerOptions: { maxParamLength: 200 },
    // The router refuses a malformed URL (400) or an over-long path parameter (414) before
    // any hook or filter runs (so before helmet): answer those in the API's coded error
    // shape, with the headers a bare JSON refusal needs.
    frameworkErrors: (error: FastifyError, _request: FastifyRequest, reply: FastifyReply) => {
      void reply
        .code(error.statusCode === 414 ? 414 : 400)
        .headers(ROUTER_REFUSAL_HEADERS)
        .send(routerErrorBody(error));
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    PortalModule.forRoot(config),
    adapter,
    {
      bufferLogs: true,
    },
  );
  app.useLogger(app.get(Logger));
  registerJsonBodyParser(app, config);
  app.useGlobalPipes(createValidationPipe());
  // Pages get error pages in the visitor's language; the API keeps its JSON errors
  // (the page filter hands those to AllExceptionsFilter).
  app.useGlobalFilters(app.get(PageExceptionFilter));
  app.enableShutdownHooks();
  await registerHttpPlugins(app, config);
  registerRequestMetrics(app);

  const document = SwaggerModule.createDocument(app, describeApi(), {
    extraModels: [ErrorResponse],
  });
  SwaggerModule.setup(
    'api/docs',
    app,
    closeRequestBodies(allowNullInNullableEnums(documentRouteErrors(document))),
  );

  if (config.usesSqlite) {
    // Embedded profile: the schema follows the code without a separate step.
    await app.get(DataSource).runMigrations({ transaction: 'each' });
  }
  return app;
}
