import { PDFParse } from 'pdf-parse';
import { certifiedText, placeAndDate, renderCertificate } from './certificate.pdf';
import type { CertificateView } from './certificate.pdf';

const VIEW: CertificateView = {
  code: '7KQ2-M9XD-4RTA',
  verifyUrl: 'https://khoinghiep.example.vn/certificates/verify/7KQ2-M9XD-4RTA',
  personName: 'Nguyễn Thị Ánh Tuyết',
  teamName: 'Đội Sương Mai',
  entryCode: 'QNG5-0042',
  ideaTitle: 'Nông trại thông minh ứng dụng IoT',
  categoryName: 'Học sinh, sinh viên',
  contestName: 'Cuộc thi Khởi nghiệp Đổi mới sáng tạo tỉnh Quảng Ngãi lần thứ 5',
  organisers: ['UBND tỉnh Quảng Ngãi', 'Sở Khoa học và Công nghệ'],
  place: 'Quảng Ngãi',
  issuedAt: new Date('2026-12-05T20:00:00Z'),
  prizeName: null,
  finalRoundName: 'Vòng chung kết',
  signatories: [
    { title: 'Trưởng ban giám khảo', name: 'Trần Văn Khoa' },
    { title: 'TM. Ban tổ chức', name: 'Lê Thị Hằng' },
  ],
};

async function textOf(pdf: Buffer) {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const info = await parser.getInfo();
    return {
      text: (await parser.getText()).text,
      info: info.info as Record<string, unknown>,
      pages: info.total,
    };
  } finally {
    await parser.destroy();
  }
}

describe('certificate PDF', () => {
  it('renders one after another with the shared fonts, each with its own glyphs', async () => {
    // First in the file, so the fonts are fresh: the first certificate meets Ô only inside
    // "CỘNG HOÀ"; the second prints "CÔNG" before it.
    const first = await textOf(
      await renderCertificate({
        ...VIEW,
        organisers: ['Ban tổ chức'],
        personName: 'Đỗ Quỳnh Hương',
      }),
    );
    const second = await textOf(await renderCertificate({ ...VIEW, personName: 'Lý Thường Kiệt' }));
    expect(first.text).toContain('Đỗ Quỳnh Hương');
    expect(second.text).toContain('Lý Thường Kiệt');
    expect(second.text).toContain('SỞ KHOA HỌC VÀ CÔNG NGHỆ');
    expect(second.text).not.toContain('Đỗ Quỳnh Hương');
  });

  it('keeps the verification address on one line, however wide the code and the host', async () => {
    for (const verifyUrl of [
      'http://portal.test/certificates/verify/W46W-BZQW-6ZKY',
      'https://khoinghiep.sokhcn.quangngai.gov.vn/certificates/verify/WWWW-MMMM-WWWW',
    ]) {
      const { text } = await textOf(await renderCertificate({ ...VIEW, verifyUrl }));
      expect(text).toContain(verifyUrl);
    }
  });

  it('prints the person, the entry, what it certifies and the code in intact Vietnamese', async () => {
    const pdf = await renderCertificate(VIEW);
    const { text, info, pages } = await textOf(pdf);
    expect(pages).toBe(1);
    for (const expected of [
      'GIẤY CHỨNG NHẬN',
      'Giấy chứng nhận này được xác thực tại',
      'Nguyễn Thị Ánh Tuyết',
      'Nông trại thông minh ứng dụng IoT',
      'Đội Sương Mai',
      'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
      'Đã tham gia vòng chung kết',
      'Quảng Ngãi, ngày 06 tháng 12 năm 2026',
      'TRƯỞNG BAN GIÁM KHẢO',
      'Lê Thị Hằng',
      'Mã xác thực: 7KQ2-M9XD-4RTA',
    ])
      expect(text.replace(/\s+/g, ' ')).toContain(expected);
    expect(info.Title).toBe('Giấy chứng nhận - Nguyễn Thị Ánh Tuyết');
    expect(info.Author).toBe('UBND tỉnh Quảng Ngãi, Sở Khoa học và Công nghệ');
  });

  it('is A4 landscape', async () => {
    const pdf = (await renderCertificate(VIEW)).toString('latin1');
    expect(pdf).toMatch(/\/MediaBox \[0 0 841\.89 595\.28\]/);
  });

  it('states a prize, or participation in the final round', () => {
    expect(certifiedText({ prizeName: 'Giải Nhất', finalRoundName: 'Vòng chung kết' })).toBe(
      'Đã đạt Giải Nhất',
    );
    expect(certifiedText({ prizeName: null, finalRoundName: 'Chung kết' })).toBe(
      'Đã tham gia chung kết',
    );
  });

  it('dates the paper in Vietnam time, with or without a place', () => {
    // 17:30 UTC on 31 December is already 1 January in Vietnam.
    const date = new Date('2026-12-31T17:30:00Z');
    expect(placeAndDate('Quảng Ngãi', date)).toBe('Quảng Ngãi, ngày 01 tháng 01 năm 2027');
    expect(placeAndDate(null, date)).toBe('Ngày 01 tháng 01 năm 2027');
  });
});
