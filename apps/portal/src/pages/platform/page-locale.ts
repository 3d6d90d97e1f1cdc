import type { FastifyInstance } from 'fastify';
// The subpath keeps this file loadable by unit tests (the platform index pulls in the logger).
import { DEFAULT_LOCALE, Locale, LOCALES, replyChannel } from '@app/platform';
import { parseRequestPath, safeLocalPath } from './page-paths';

export const LANG_COOKIE = 'lang';
const ONE_YEAR_SECONDS = 365 * 24 * 3600;

function isLocale(value: unknown): value is Locale {
  return LOCALES.includes(value as Locale);
}

/** The best supported language of an Accept-Language header, by quality then order. */
export function localeFromAcceptLanguage(header: string | undefined): Locale | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { language: tag.trim().toLowerCase().split('-')[0], q: q ? Number(q) : 1, index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked.find((entry) => isLocale(entry.language))?.language as Locale | undefined;
}

/** The page language: the `lang` cookie, then the signed-in user's locale, then the browser's, then vi. */
export function resolvePageLocale(input: {
  cookie?: string;
  userLocale?: string;
  acceptLanguage?: string;
}): Locale {
  if (isLocale(input.cookie)) return input.cookie;
  if (isLocale(input.userLocale)) return input.userLocale;
  return localeFromAcceptLanguage(input.acceptLanguage) ?? DEFAULT_LOCALE;
}

/** The current page's address with `lang` set, for the language switch links. */
export function withLang(url: string, locale: Locale): string {
  const parsed = parseRequestPath(url) ?? new URL('http://page.invalid/');
  parsed.searchParams.set('lang', locale);
  return `${parsed.pathname}${parsed.search}`;
}

/**
 * `GET <page>?lang=en|vi` remembers the choice in a cookie and redirects to the same page
 * without the parameter, so the choice also holds for pages reached later.
 */
export function registerLanguageSwitch(fastify: FastifyInstance, secureCookies: boolean): void {
  fastify.addHook('onRequest', async (request, reply) => {
    if (
      request.method !== 'GET' ||
      replyChannel(request) !== 'page' ||
      !request.url.includes('lang=')
    )
      return;
    const url = parseRequestPath(request.url);
    const lang = url?.searchParams.get('lang');
    if (!url || lang === null || lang === undefined) return;
    url.searchParams.delete('lang');
    if (isLocale(lang)) {
      reply.setCookie(LANG_COOKIE, lang, {
        path: '/',
        maxAge: ONE_YEAR_SECONDS,
        sameSite: 'lax',
        httpOnly: true,
        secure: secureCookies,
      });
    }
    return reply.redirect(safeLocalPath(`${url.pathname}${url.search}`) ?? '/', 303);
  });
}
