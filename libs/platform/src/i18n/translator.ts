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

/** A placeholder the Translator fills in itself: a plain name, no format, path or raw marker. */
const PLACEHOLDER = /\{\{[ \t]*([A-Za-z_][A-Za-z0-9_]*)[ \t]*\}\}/g;

/**
 * A catalogue message split at its placeholders: `texts` has one more item than `names`
 * (and `written`, each placeholder as the catalogue writes it).
 */
interface PreparedMessage {
  texts: string[];
  names: string[];
  written: string[];
}

/**
 * Message catalogues (vi, en) for pages and mails. Each lib registers its own namespace.
 * Interpolated values are not escaped here: the template engine escapes on output.
 */
export class Translator {
  private readonly i18n: i18n;
  /** Per locale and key: the message split at its placeholders, or null for i18next's path. */
  private readonly prepared = new Map<string, PreparedMessage | null>();

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
    this.prepared.clear();
    return this;
  }

  t(locale: Locale, key: string, vars?: Record<string, unknown>): string {
    const message = this.preparedMessage(locale, key, vars);
    if (!message) return this.i18n.t(key, { lng: locale, ...vars }) as string;
    const { texts, names, written } = message;
    let text = texts[0];
    for (let i = 0; i < names.length; i++)
      text += valueOf(vars, names[i], written[i]) + texts[i + 1];
    return text;
  }

  /**
   * A message read from the catalogue once and kept, split at its plain `{{name}}`
   * placeholders, so a call only joins the pieces: what i18next would answer, without its
   * key parsing, option handling and regular expressions on every call (a mail asks for
   * eight messages or so, a page for dozens). Anything else (a plural or another i18next
   * option, a format, a nested `$t(`, a key missing in this locale) goes through i18next.
   */
  private preparedMessage(
    locale: Locale,
    key: string,
    vars?: Record<string, unknown>,
  ): PreparedMessage | null {
    if (vars && I18NEXT_OPTIONS.some((option) => option in vars)) return null;
    const cacheKey = `${locale}\u0000${key}`;
    let message = this.prepared.get(cacheKey);
    if (message === undefined) {
      const separator = key.indexOf(':');
      const value =
        separator > 0
          ? (this.i18n.getResource(locale, key.slice(0, separator), key.slice(separator + 1)) as
              unknown | undefined)
          : undefined;
      message = typeof value === 'string' ? prepare(value) : null;
      if (this.prepared.size >= MAX_KEPT_MESSAGES) this.prepared.clear();
      this.prepared.set(cacheKey, message);
    }
    return message;
  }

  /** A translate function bound to one locale, for templates. */
  forLocale(locale: Locale): (key: string, vars?: Record<string, unknown>) => string {
    return (key, vars) => this.t(locale, key, vars);
  }
}

/** The message split at its placeholders, or null when anything in it needs i18next. */
function prepare(message: string): PreparedMessage | null {
  if (message.includes('$t(')) return null;
  const texts: string[] = [];
  const names: string[] = [];
  const written: string[] = [];
  let from = 0;
  for (const match of message.matchAll(PLACEHOLDER)) {
    // i18next fills `{{lng}}` and its other options from the call's options.
    if (I18NEXT_OPTIONS.includes(match[1])) return null;
    texts.push(message.slice(from, match.index));
    names.push(match[1]);
    written.push(match[0]);
    from = match.index + match[0].length;
  }
  texts.push(message.slice(from));
  // Whatever else looks like a placeholder (a format, a path, `{{- raw}}`) is i18next's.
  if (texts.some((text) => text.includes('{{'))) return null;
  return { texts, names, written };
}

/**
 * A placeholder's value as i18next fills it in (escaping off) from the call's own enumerable
 * values (the ones it copies into its options): a value given, as text; a name given
 * without a value (undefined or null), nothing; a name not given, the placeholder as written.
 */
function valueOf(vars: Record<string, unknown> | undefined, name: string, written: string): string {
  if (!vars || !Object.prototype.propertyIsEnumerable.call(vars, name)) return written;
  const value = vars[name];
  return value === null || value === undefined ? '' : String(value);
}
