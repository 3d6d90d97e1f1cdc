import { channelOfPattern, replyChannel, routedChannel } from './request-channel';

describe('request channels', () => {
  it.each([
    ['/api/v1/me', 'api'],
    ['/api/v1/contests/:slug', 'api'],
    ['/api/docs', 'api'],
    ['/health', 'other'],
    ['/metrics', 'other'],
    ['/static/*', 'other'],
    ['/', 'page'],
    ['/login', 'page'],
    ['/apiary', 'page'],
    ['/healthy', 'page'],
  ])('classifies the route pattern %s as %s', (pattern, channel) => {
    expect(channelOfPattern(pattern)).toBe(channel);
  });

  it('follows the matched route, not the URL the client wrote', () => {
    const encoded = { url: '/%61pi/v1/me', routeOptions: { url: '/api/v1/me' } };
    expect(routedChannel(encoded)).toBe('api');
    expect(replyChannel(encoded)).toBe('api');
    const page = { url: '/api/../login', routeOptions: { url: '/login' } };
    expect(routedChannel(page)).toBe('page');
  });

  it('has no routed channel for an unmatched path, and answers it by its look', () => {
    expect(routedChannel({ url: '/api/v1/nothing', routeOptions: {} })).toBeUndefined();
    expect(replyChannel({ url: '/api/v1/nothing?x=1', routeOptions: {} })).toBe('api');
    expect(replyChannel({ url: '/nowhere', routeOptions: {} })).toBe('page');
  });
});
