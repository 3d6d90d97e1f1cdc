import { jest } from '@jest/globals';
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
    two: '{{code}} – {{ title }}{{code}}.',
    edges: '{{first}}{{second}}',
    spaced: 'Mã {{\tcode  }} hết hạn',
    formatted: 'Ngày {{when, datetime}}',
    path: 'Chào {{user.name}}',
    raw: 'Thô {{- html}}',
    language: 'Ngôn ngữ {{lng}}',
    counted: 'Đếm {{count}}',
    broken: 'Mở {{ name',
    newline: 'Tên {{\nname}}',
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
    two: '{{code}} – {{ title }}{{code}}.',
    edges: '{{first}}{{second}}',
    spaced: 'Code {{\tcode  }} expired',
    formatted: 'On {{when, datetime}}',
    path: 'Hello {{user.name}}',
    raw: 'Raw {{- html}}',
    language: 'Language {{lng}}',
    counted: 'Count {{count}}',
    broken: 'Open {{ name',
    newline: 'Name {{\nname}}',
  },
};

/** A value object whose `hidden` property is its own but not enumerable. */
function withHidden(): Record<string, unknown> {
  const vars: Record<string, unknown> = { first: 'A' };
  Object.defineProperty(vars, 'second', { value: 'hidden', enumerable: false });
  return vars;
}

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
    ['ns:two', { code: 'KN-001', title: 'Nông nghiệp {{code}} $t(ns:plain)' }],
    ['ns:two', { code: 0, title: false }],
    ['ns:two', { code: null, title: undefined }],
    ['ns:two', { code: ['a', 'b'], title: { toString: () => 'object' } }],
    ['ns:two', { title: 'only the title' }],
    ['ns:two'],
    ['ns:edges', { first: '', second: 2.5 }],
    ['ns:edges', withHidden()],
    ['ns:edges', Object.create({ first: 'inherited' }) as Record<string, unknown>],
    ['ns:spaced', { code: 'X' }],
    ['ns:formatted', { when: new Date(0) }],
    ['ns:path', { user: { name: 'Lan' } }],
    ['ns:raw', { html: '<b>' }],
    ['ns:language'],
    ['ns:counted'],
    ['ns:broken', { name: 'Lan' }],
    ['ns:newline', { name: 'Lan' }],
  ];

  it.each(LOCALES)('answers in %s exactly as i18next does, first and again', (locale) => {
    for (const [key, vars] of calls) {
      expect(translator.t(locale, key, vars)).toBe(expected(locale, key, vars));
      // The second answer may come from the kept message.
      expect(translator.t(locale, key, vars)).toBe(expected(locale, key, vars));
    }
  });

  it('fills plain placeholders itself and leaves formats, paths, raw values and plurals to i18next', () => {
    const own = new Translator().register('ns', CATALOGUES);
    const asked = jest.spyOn((own as unknown as { i18n: { t: () => string } }).i18n, 't');
    own.t('en', 'ns:two', { code: 'KN-001', title: 'Ý tưởng' });
    own.t('vi', 'ns:spaced', { code: 'X' });
    own.t('en', 'ns:plain');
    expect(asked).not.toHaveBeenCalled();
    own.t('en', 'ns:formatted', { when: new Date(0) });
    own.t('en', 'ns:path', { user: { name: 'Lan' } });
    own.t('en', 'ns:raw', { html: '<b>' });
    own.t('en', 'ns:language');
    own.t('en', 'ns:item', { count: 2 });
    own.t('en', 'ns:withNesting');
    expect(asked).toHaveBeenCalledTimes(6);
  });

  it('forgets kept messages when a namespace is registered again', () => {
    const changing = new Translator().register('ns', CATALOGUES);
    expect(changing.t('en', 'ns:plain')).toBe('Kind regards,');
    changing.register('ns', { vi: { plain: 'Thân ái,' }, en: { plain: 'Best,' } });
    expect(changing.t('en', 'ns:plain')).toBe('Best,');
  });
});
