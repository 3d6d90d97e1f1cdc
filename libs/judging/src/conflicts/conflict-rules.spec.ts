import {
  emailDomainOf,
  institutionalDomainOf,
  isPublicEmailDomain,
  normaliseDomain,
  normaliseOrganization,
} from './conflict-rules';

describe('organisation names', () => {
  it('ignores case, surrounding and repeated spaces', () => {
    expect(normaliseOrganization('  Trường  Đại học   Phạm Văn Đồng ')).toBe(
      'trường đại học phạm văn đồng',
    );
    expect(normaliseOrganization('TRƯỜNG ĐẠI HỌC PHẠM VĂN ĐỒNG')).toBe(
      normaliseOrganization('trường đại học phạm văn đồng'),
    );
  });

  it('keeps the diacritics: names that differ only by them are different names', () => {
    expect(normaliseOrganization('Trường Hải')).not.toBe(normaliseOrganization('Trường Hai'));
    expect(normaliseOrganization('Công ty Hòa Phát')).toContain('hòa');
  });

  it('treats composed and decomposed diacritics alike', () => {
    const composed = 'Đại học Đà Nẵng'.normalize('NFC');
    const decomposed = 'Đại học Đà Nẵng'.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    expect(normaliseOrganization(decomposed)).toBe(normaliseOrganization(composed));
  });

  it('lower-cases every letter as Vietnamese does, capitals with diacritics included', () => {
    const upper = 'ĐẠI HỌC QUY NHƠN ẮẰẲẴẶ ẤẦẨẪẬ ỨỪỬỮỰ ỚỜỞỠỢ İ ΣΟΦΊΑΣ';
    expect(normaliseOrganization(upper)).toBe(upper.toLocaleLowerCase('vi'));
  });

  it('has no name for blanks', () => {
    expect(normaliseOrganization(null)).toBeNull();
    expect(normaliseOrganization('   ')).toBeNull();
  });
});

describe('e-mail domains', () => {
  it('takes the part after the last @, lower-cased', () => {
    expect(emailDomainOf('An.Nguyen@QNU.edu.VN')).toBe('qnu.edu.vn');
    expect(emailDomainOf('"a@b"@pvdu.edu.vn')).toBe('pvdu.edu.vn');
    expect(emailDomainOf('not-an-address')).toBeNull();
    expect(normaliseDomain('@Example.VN.')).toBe('example.vn');
  });

  it('never ties people through a public mail provider', () => {
    for (const address of [
      'a@gmail.com',
      'b@Yahoo.com',
      'c@outlook.com',
      'd@hotmail.com',
      'e@icloud.com',
    ])
      expect(institutionalDomainOf(address)).toBeNull();
    expect(isPublicEmailDomain('gmail.com')).toBe(true);
    expect(institutionalDomainOf('lan@pvdu.edu.vn')).toBe('pvdu.edu.vn');
  });
});
