import { join, sep } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import fastifyView from '@fastify/view';
import helmet from 'helmet';
import nunjucks from 'nunjucks';
import type { RawServerDefault } from 'fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig, assertWellFormedText, decodeJsonBody } from '@app/platform';
import { registerApiCachePolicy } from './api/api-cache-policy';
import { csrfPluginOptions } from './pages/platform/csrf-binding';
import { registerCsrfCheck } from './pages/platform/csrf-check';
import { registerLanguageSwitch } from './pages/platform/page-locale';

/** The pages the check-in service worker may control (the staff door of every contest). */
export const CHECK_IN_SW_SCOPE = '/organizer/contests/';

/** Fastify plugins for what Express middleware would do: headers, cookies, CSRF, uploads, assets. */
export async function registerHttpPlugins(
  app: NestFastifyApplication,
  config: AppConfig,
): Promise<void> {
  const https = config.publicUrl.startsWith('https:');
  // Helmet's headers, worked out once: its Fastify wrapper built the middleware again (and
  // parsed the policy again) on every request.
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        // Only where the site is served over https; on a plain-http install (a LAN
        // address) the browser would otherwise rewrite asset and form URLs to https.
        upgradeInsecureRequests: https ? [] : null,
      },
    },
    crossOriginEmbedderPolicy: false,
    // HSTS only where the site is served over https: on a plain-http install a browser
    // that once saw it would refuse the address (and a LAN install has no certificate).
    hsts: https ? { maxAge: 365 * 24 * 3600, includeSubDomains: true } : false,
  });
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, reply, done) => {
      securityHeaders(request.raw, reply.raw, (error?: unknown) =>
        done(error as Error | undefined),
      );
    });
  await app.register(fastifyCookie, { secret: config.jwtSecret });
  await app.register(fastifyCsrf, csrfPluginOptions(config.jwtSecret, https));
  // One file per request; routes may tighten the other limits per request.
  await app.register(fastifyMultipart, {
    limits: {
      fileSize: config.UPLOAD_MAX_BYTES,
      files: 1,
      parts: 60,
      fields: 50,
      fieldSize: 64 * 1024,
      fieldNameSize: 100,
      headerPairs: 50,
    },
  });
  await app.register(fastifyStatic, {
    root: join(config.appRoot, 'apps/portal/public'),
    prefix: '/static/',
    // The door's service worker lives with the other scripts but must control the staff
    // check-in pages (under /organizer/contests/), a scope wider than its own folder.
    setHeaders: (res, path) => {
      if (path.endsWith(`${sep}check-in-sw.js`))
        res.header('Service-Worker-Allowed', CHECK_IN_SW_SCOPE);
    },
  });
  await app.register(fastifyView, {
    engine: { nunjucks },
    templates: join(config.appRoot, 'apps/portal/views'),
    // Autoescape: every value is HTML-escaped unless a template says otherwise.
    options: {
      autoescape: true,
      throwOnUndefined: false,
      noCache: config.NODE_ENV === 'development',
    },
    production: config.isProduction,
  });
  registerLanguageSwitch(app.getHttpAdapter().getInstance(), https);
  registerCsrfCheck(app.getHttpAdapter().getInstance());
  registerApiCachePolicy(app.getHttpAdapter().getInstance());
}

/**
 * JSON bodies: Fastify's own parser (prototype poisoning refused) behind a guard that
 * refuses what would make the layers after it throw: bytes that are not UTF-8, nesting
 * deeper than any API body needs, and text with lone surrogates. Must be set before
 * the app initialises, when Nest would register its default parser.
 */
export function registerJsonBodyParser(app: NestFastifyApplication, config: AppConfig): void {
  const parse = app.getHttpAdapter().getInstance().getDefaultJsonParser('error', 'error');
  app.useBodyParser<RawServerDefault>(
    'application/json',
    { bodyLimit: config.BODY_LIMIT_BYTES },
    (request, body, done) => {
      let text: string;
      try {
        text = decodeJsonBody(body);
      } catch (error) {
        done(error as Error, undefined);
        return;
      }
      void parse(request, text, (error, value) => {
        if (error) return done(error, undefined);
        try {
          assertWellFormedText(value);
        } catch (invalid) {
          return done(invalid as Error, undefined);
        }
        done(null, value);
      });
    },
  );
}
