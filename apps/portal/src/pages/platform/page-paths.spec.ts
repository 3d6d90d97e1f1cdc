import { parseRequestPath, safeLocalPath } from './page-paths';

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
    '/a\ud800b',
  ])('refuses %p', (value) => {
    expect(safeLocalPath(value)).toBeUndefined();
  });

  it('percent-encodes what a Location header cannot carry', () => {
    expect(safeLocalPath('/hồ-sơ của tôi')).toBe('/h%E1%BB%93-s%C6%A1%20c%E1%BB%A7a%20t%C3%B4i');
    expect(safeLocalPath('/entries/1?q=Đà Nẵng')).toBe('/entries/1?q=%C4%90%C3%A0%20N%E1%BA%B5ng');
  });
});

describe('parseRequestPath', () => {
  it('reads every path-shaped target as a path on this site', () => {
    expect(parseRequestPath('//[?lang=en')?.searchParams.get('lang')).toBe('en');
    expect(parseRequestPath('//evil.example/x?lang=vi')?.pathname).toBe('//evil.example/x');
    expect(parseRequestPath('/contests?lang=en')?.pathname).toBe('/contests');
  });

  it('gives up on targets that are no path, without throwing', () => {
    expect(parseRequestPath('*')).toBeUndefined();
    expect(parseRequestPath('http://evil.example/')).toBeUndefined();
  });
});
