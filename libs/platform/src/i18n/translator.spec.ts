import i18next from 'i18next';
import { Catalogue, Locale, LOCALES, Translator } from './translator';

/** i18next as the Translator configures it, asked directly: what every answer must equal. */
function reference(catalogues: Record<Locale, Catalogue>) {
  const i18n = i18next.createInstance();
  void i18n.init({
    initAsync: false,
    lng: 'vi',
    fallbackLng: 'vi',
    supportedLngs: [...LOCALES],
    ns: [],
    defaultNS: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  for (const locale of LOCALES)
    i18n.addResourceBundle(locale, 'ns', catalogues[locale], true, true);
  return (locale: Locale, key: string, vars?: Record<string, unknown>) =>
    i18n.t(key, { lng: locale, ...vars }) as string;
}

const CATALOGUES: Record<Locale, Catalogue> = {
  vi: {
    plain: 'Trân trọng,',
    empty: '',
    greeting: 'Xin chào {{fullName}},',
    nested: { deep: { line: 'Thư này được gửi tự động.' } },
    onlyVi: 'Chỉ có tiếng Việt',
    item_one: '{{count}} bài',
    item_other: '{{count}} bài',
    plural: 'không dùng',
    withNesting: 'Xem $t(ns:plain)',
  },
  en: {
    plain: 'Kind regards,',
    empty: '',
    greeting: 'Hello {{fullName}},',
    nested: { deep: { line: 'This mail was sent automatically.' } },
    item_one: '{{count}} entry',
    item_other: '{{count}} entries',
    plural: 'unused',
    withNesting: 'See $t(ns:plain)',
  },
};

describe('Translator', () => {
  const expected = reference(CATALOGUES);
  const translator = new Translator().register('ns', CATALOGUES);

  const calls: Array<[string, Record<string, unknown>?]> = [
    ['ns:plain'],
    ['ns:plain', { fullName: 'Lan' }],
    ['ns:empty'],
    ['ns:greeting', { fullName: 'Nguyễn "Lan" <b>' }],
    ['ns:greeting'],
    ['ns:nested.deep.line'],
    ['ns:nested.deep'],
    ['ns:onlyVi'],
    ['ns:item', { count: 1 }],
    ['ns:item', { count: 5 }],
    ['ns:plural', { count: 5 }],
    ['ns:plain', { context: 'male' }],
    ['ns:withNesting'],
    ['ns:missing'],
    ['plain'],
  ];

  it.each(LOCALES)('answers in %s exactly as i18next does, first and again', (locale) => {
    for (const [key, vars] of calls) {
      expect(translator.t(locale, key, vars)).toBe(expected(locale, key, vars));
      // The second answer may come from the kept message.
      expect(translator.t(locale, key, vars)).toBe(expected(locale, key, vars));
    }
  });

  it('forgets kept messages when a namespace is registered again', () => {
    const changing = new Translator().register('ns', CATALOGUES);
    expect(changing.t('en', 'ns:plain')).toBe('Kind regards,');
    changing.register('ns', { vi: { plain: 'Thân ái,' }, en: { plain: 'Best,' } });
    expect(changing.t('en', 'ns:plain')).toBe('Best,');
  });
});
