import type { FastifyInstance } from 'fastify';
import { routedChannel } from '@app/platform';

/**
 * Every API answer starts as `Cache-Control: no-store`, errors included: most carry
 * personal data (the user, entries, scores), and a shared cache or the browser's history
 * must not keep them. A route whose answer is the same for everyone may opt in to caching
 * with its own header (`@Header('Cache-Control', ...)`), which replaces this one; pages set
 * their own in the page renderer. Set at the request's start, so no route can forget it.
 */
export function registerApiCachePolicy(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    if (routedChannel(request) === 'api') reply.header('cache-control', 'no-store');
    done();
  });
}
