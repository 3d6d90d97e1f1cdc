import { localeFromAcceptLanguage, resolvePageLocale, withLang } from './page-locale';

describe('page locale', () => {
  it('picks the best supported language of Accept-Language', () => {
    expect(localeFromAcceptLanguage('en-US,en;q=0.9,vi;q=0.8')).toBe('en');
    expect(localeFromAcceptLanguage('fr-FR, vi;q=0.5, en;q=0.4')).toBe('vi');
    expect(localeFromAcceptLanguage('en;q=0.2, vi')).toBe('vi');
    expect(localeFromAcceptLanguage('de, fr')).toBeUndefined();
    expect(localeFromAcceptLanguage(undefined)).toBeUndefined();
  });

  it('prefers the cookie, then the user, then the browser, then Vietnamese', () => {
    expect(resolvePageLocale({ cookie: 'en', userLocale: 'vi', acceptLanguage: 'vi' })).toBe('en');
    expect(resolvePageLocale({ cookie: 'xx', userLocale: 'en', acceptLanguage: 'vi' })).toBe('en');
    expect(resolvePageLocale({ acceptLanguage: 'en-GB' })).toBe('en');
    expect(resolvePageLocale({})).toBe('vi');
  });

  it('builds language switch links that keep the other parameters', () => {
    expect(withLang('/verify-email?token=abc', 'en')).toBe('/verify-email?token=abc&lang=en');
    expect(withLang('/?lang=en', 'vi')).toBe('/?lang=vi');
  });
});
