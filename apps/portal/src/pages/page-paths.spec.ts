import { isPageUrl, safeLocalPath } from './page-paths';

describe('safeLocalPath', () => {
  it.each(['/home', '/entries/1?tab=team', '/'])('keeps the local path %s', (path) => {
    expect(safeLocalPath(path)).toBe(path);
  });

  it.each([
    'https://evil.example/',
    '//evil.example/',
    '/\\evil.example',
    'home',
    '/home\r\nSet-Cookie: x=1',
    '/a\\b',
    '',
    undefined,
    ['/home'],
  ])('refuses %p', (value) => {
    expect(safeLocalPath(value)).toBeUndefined();
  });
});

describe('isPageUrl', () => {
  it('tells pages from the API, probes and assets', () => {
    expect(isPageUrl('/')).toBe(true);
    expect(isPageUrl('/login?next=/home')).toBe(true);
    expect(isPageUrl('/apiary')).toBe(true);
    expect(isPageUrl('/api/v1/me')).toBe(false);
    expect(isPageUrl('/health')).toBe(false);
    expect(isPageUrl('/static/site.css')).toBe(false);
  });
});
