import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppConfig, createValidationPipe } from '@app/platform';
import { PortalModule } from './portal.module';
import { registerHttpPlugins, registerJsonBodyParser } from './http-plugins';
import { PageExceptionFilter } from './pages/platform/page-exception.filter';

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

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Startup competition platform API')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document);

  if (config.usesSqlite) {
    // Embedded profile: the schema follows the code without a separate step.
    await app.get(DataSource).runMigrations({ transaction: 'each' });
  }
  return app;
}
