import { metricsAccess } from './metrics-access';

const TOKEN = 'scrape-token-0123456789';

describe('who may read /metrics', () => {
  it.each(['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1'])(
    'lets this machine (%s) in without a token',
    (address) => {
      expect(metricsAccess(address, undefined, undefined)).toBe('allowed');
      expect(metricsAccess(address, undefined, TOKEN)).toBe('allowed');
    },
  );

  it('hides the route from other hosts when no token is configured', () => {
    expect(metricsAccess('203.0.113.5', `Bearer ${TOKEN}`, undefined)).toBe('hidden');
    expect(metricsAccess(undefined, undefined, undefined)).toBe('hidden');
  });

  it('asks other hosts for the configured token', () => {
    expect(metricsAccess('203.0.113.5', `Bearer ${TOKEN}`, TOKEN)).toBe('allowed');
    expect(metricsAccess('203.0.113.5', `bearer ${TOKEN}`, TOKEN)).toBe('allowed');
    expect(metricsAccess('203.0.113.5', undefined, TOKEN)).toBe('unauthorized');
    expect(metricsAccess('203.0.113.5', `Bearer ${TOKEN}x`, TOKEN)).toBe('unauthorized');
    expect(metricsAccess('203.0.113.5', TOKEN, TOKEN)).toBe('unauthorized');
    expect(metricsAccess('203.0.113.5', 'Basic abc', TOKEN)).toBe('unauthorized');
  });
});
