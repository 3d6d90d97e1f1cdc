import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { MetricsService, UNMATCHED_ROUTE } from '@app/platform';

/**
 * Times every answer into the latency histogram under the route Fastify matched, as it was
 * registered (`/api/v1/entries/:id`): one series per route, whatever ids the URLs carry.
 */
export function registerRequestMetrics(app: NestFastifyApplication): void {
  const metrics = app.get(MetricsService);
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onResponse', (request, reply, done) => {
      const route = request.routeOptions.url || UNMATCHED_ROUTE;
      metrics.observeRequest(request.method, route, reply.statusCode, reply.elapsedTime / 1000);
      done();
    });
}
