import i18next, { i18n } from 'i18next';

export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'vi';

export function toLocale(value: unknown): Locale {
  return LOCALES.includes(value as Locale) ? (value as Locale) : DEFAULT_LOCALE;
}

/** A nested message catalogue: leaves are strings with `{{name}}` placeholders. */
export interface Catalogue {
  [key: string]: string | Catalogue;
}

/** Options i18next reads from a call's values: a call carrying one takes i18next's own path. */
const I18NEXT_OPTIONS = [
  'count',
  'context',
  'defaultValue',
  'ordinal',
  'lng',
  'lngs',
  'ns',
  'keyPrefix',
  'returnObjects',
  'joinArrays',
  'postProcess',
  'replace',
  'interpolation',
  'skipInterpolation',
  'fallbackLng',
];

/** Keys come from the code, but a page may build one from a value: the kept map is bounded. */
const MAX_KEPT_MESSAGES = 10_000;

/**
 * Message catalogues (vi, en) for pages and mails. Each lib registers its own namespace.
 * Interpolated values are not escaped here: the template engine escapes on output.
 */
export class Translator {
  private readonly i18n: i18n;
  /** Per locale and key: the message when it has nothing to fill in, else null. */
  private readonly plain = new Map<string, string | null>();

  constructor() {
    this.i18n = i18next.createInstance();
    void this.i18n.init({
      initAsync: false,
      lng: DEFAULT_LOCALE,
      fallbackLng: DEFAULT_LOCALE,
      supportedLngs: [...LOCALES],
      ns: [],
      defaultNS: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }

  register(namespace: string, catalogues: Record<Locale, Catalogue>): this {
    for (const locale of LOCALES)
      this.i18n.addResourceBundle(locale, namespace, catalogues[locale], true, true);
    this.plain.clear();
    return this;
  }

  t(locale: Locale, key: string, vars?: Record<string, unknown>): string {
    return (
      this.plainMessage(locale, key, vars) ?? (this.i18n.t(key, { lng: locale, ...vars }) as string)
    );
  }

  /**
   * A message with nothing to fill in (no placeholder, no nesting), read from the catalogue
   * once and kept: it is what i18next would answer, without its key parsing and option
   * handling on every call (a mail asks for eight or so, a page for dozens). Anything
   * else (a placeholder, a plural, a key missing in this locale) goes through i18next.
   */
  private plainMessage(
    locale: Locale,
    key: string,
    vars?: Record<string, unknown>,
  ): string | undefined {
    if (vars && I18NEXT_OPTIONS.some((option) => option in vars)) return undefined;
    const cacheKey = `${locale}\u0000${key}`;
    let message = this.plain.get(cacheKey);
    if (message === undefined) {
      const separator = key.indexOf(':');
      const value =
        separator > 0
          ? (this.i18n.getResource(locale, key.slice(0, separator), key.slice(separator + 1)) as
              unknown | undefined)
          : undefined;
      message =
        typeof value === 'string' && !value.includes('{{') && !value.includes('$t(') ? value : null;
      if (this.plain.size >= MAX_KEPT_MESSAGES) this.plain.clear();
      this.plain.set(cacheKey, message);
    }
    return message ?? undefined;
  }

  /** A translate function bound to one locale, for templates. */
  forLocale(locale: Locale): (key: string, vars?: Record<string, unknown>) => string {
    return (key, vars) => this.t(locale, key, vars);
  }
}
