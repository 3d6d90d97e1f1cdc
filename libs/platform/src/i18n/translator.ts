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

/**
 * Message catalogues (vi, en) for pages and mails. Each lib registers its own namespace.
 * Interpolated values are not escaped here: the template engine escapes on output.
 */
export class Translator {
  private readonly i18n: i18n;

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
    return this;
  }

  t(locale: Locale, key: string, vars?: Record<string, unknown>): string {
    return this.i18n.t(key, { lng: locale, ...vars }) as string;
  }

  /** A translate function bound to one locale, for templates. */
  forLocale(locale: Locale): (key: string, vars?: Record<string, unknown>) => string {
    return (key, vars) => this.t(locale, key, vars);
  }
}
