import { Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PASSWORD_MIN_LENGTH, Principal } from '@app/accounts';
import {
  formatDay,
  formatDecimal,
  formatMoment,
  formatMoney,
  Locale,
  Translator,
} from '@app/platform';
import { formCsrfToken } from './csrf-binding';
import { LANG_COOKIE, resolvePageLocale, withLang } from './page-locale';

export type PageRequest = FastifyRequest & { principal?: Principal };

/** Values every message may use, so templates need not pass them one by one. */
const MESSAGE_VARS = { min: PASSWORD_MIN_LENGTH };

/**
 * Renders a page template with what every page needs: the translate function for the
 * request's language, the signed-in user, a CSRF token for its forms and the links of
 * the language switch.
 */
@Injectable()
export class PageRenderer {
  constructor(private readonly translator: Translator) {}

  localeOf(request: PageRequest): Locale {
    const header = request.headers['accept-language'];
    return resolvePageLocale({
      cookie: request.cookies?.[LANG_COOKIE],
      userLocale: request.principal?.locale,
      acceptLanguage: typeof header === 'string' ? header : undefined,
    });
  }

  translate(locale: Locale, key: string, vars?: Record<string, unknown>): string {
    return this.translator.t(locale, `pages:${key}`, { ...MESSAGE_VARS, ...vars });
  }

  async render(
    request: PageRequest,
    reply: FastifyReply,
    view: string,
    data: Record<string, unknown> = {},
    status = 200,
  ): Promise<void> {
    const locale = this.localeOf(request);
    const html = await reply.viewAsync(`${view}.njk`, {
      errors: {},
      values: {},
      ...data,
      locale,
      user: request.principal,
      csrfToken: formCsrfToken(request, reply),
      t: (key: string, vars?: Record<string, unknown>) => this.translate(locale, key, vars),
      // Numbers and moments are written the reader's way on every page (display-formats).
      fmt: {
        decimal: (value: number | null, digits?: number) => formatDecimal(value, locale, digits),
        money: (vnd: number) => formatMoney(vnd, locale),
        moment: (date: Date | string | null) => formatMoment(date, locale),
        day: (date: Date | string | null) => formatDay(date),
      },
      langLinks: { vi: withLang(request.url, 'vi'), en: withLang(request.url, 'en') },
    });
    // Pages carry personal data and CSRF tokens: never kept by shared caches.
    await reply
      .status(status)
      .header('cache-control', 'no-store')
      .type('text/html; charset=utf-8')
      .send(html);
  }
}
