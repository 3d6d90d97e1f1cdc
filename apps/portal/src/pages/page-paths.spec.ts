import { safeLocalPath } from './page-paths';

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
