import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { formatDay } from '@app/platform';
import type { Signatory } from './certificate-settings.entity';

// The apps run from the project root, where node_modules holds the DejaVu fonts (as for the
// judging paperwork): the standard PDF fonts have no Vietnamese glyphs.
const FONT_DIR = join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf');
const FONT_FILES = {
  body: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  serif: 'DejaVuSerif.ttf',
  serifBold: 'DejaVuSerif-Bold.ttf',
} as const;
type FontName = keyof typeof FONT_FILES;
type PdfFontSource = Parameters<PDFKit.PDFDocument['registerFont']>[1];

/**
 * The fonts parsed once per process. Parsing four TrueType files took three quarters of a
 * certificate's rendering time (330 ms of 420 ms), and a contest's ZIP renders hundreds.
 * pdfkit accepts an already parsed font (it checks for `layout`) and subsets it per
 * document. fontkit, though, caches each glyph with the characters of the text that first
 * produced it: a glyph first met as part of "Ộ" carried that into the next certificate,
 * whose "CÔNG" then extracted as "C NG". So each document starts with an empty glyph
 * cache (`_glyphs`, the one piece of fontkit state that is not a parsed table); the
 * certificate spec renders across documents to catch a change of that.
 */
let parsedFonts: Record<FontName, PdfFontSource> | undefined;
function fonts(): Record<FontName, PdfFontSource> {
  if (!parsedFonts) {
    const parsed = {} as Record<FontName, PdfFontSource>;
    for (const [name, file] of Object.entries(FONT_FILES) as [FontName, string][]) {
      const loader = new PDFDocument({ autoFirstPage: false });
      loader.registerFont(name, readFileSync(join(FONT_DIR, file)));
      loader.font(name);
      parsed[name] = (loader as unknown as { _font: { font: PdfFontSource } })._font.font;
    }
    parsedFonts = parsed;
  }
  for (const font of Object.values(parsedFonts))
    (font as unknown as { _glyphs: object })._glyphs = {};
  return parsedFonts;
}

/** Everything a certificate prints, already in Vietnamese (the paper is the official one). */
export interface CertificateView {
  code: string;
  verifyUrl: string;
  personName: string;
  teamName: string | null;
  entryCode: string;
  ideaTitle: string;
  categoryName: string | null;
  contestName: string;
  organisers: string[];
  place: string | null;
  issuedAt: Date;
  /** Null for a certificate of participation in the final. */
  prizeName: string | null;
  finalRoundName: string;
  signatories: Signatory[];
}

const COLOR = { frame: '#8a6d1d', accent: '#a3120f', text: '#111111', muted: '#444444' };

/** `Quảng Ngãi, ngày 06 tháng 12 năm 2026`, the way an official paper states its date. */
export function placeAndDate(place: string | null, date: Date): string {
  const [day, month, year] = formatDay(date).split('/');
  const words = `ngày ${day} tháng ${month} năm ${year}`;
  return place ? `${place}, ${words}` : words.charAt(0).toUpperCase() + words.slice(1);
}

/** What the certificate certifies, in one sentence. */
export function certifiedText(view: Pick<CertificateView, 'prizeName' | 'finalRoundName'>): string {
  return view.prizeName
    ? `Đã đạt ${view.prizeName}`
    : `Đã tham gia ${view.finalRoundName.charAt(0).toLowerCase()}${view.finalRoundName.slice(1)}`;
}

/**
 * Giấy chứng nhận: A4 landscape, organising units and the national motto above, the person
 * in the middle, place, date and signature blocks bottom right, and the verification code
 * with its QR code bottom left. Metadata name the document, not the software that made it.
 */
export async function renderCertificate(view: CertificateView): Promise<Buffer> {
  const qr = await QRCode.toBuffer(view.verifyUrl, {
    margin: 0,
    width: 240,
    errorCorrectionLevel: 'M',
  });
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    info: {
      Title: `Giấy chứng nhận - ${view.personName}`,
      Subject: `${certifiedText(view)} - ${view.contestName}`,
      Author: view.organisers.join(', '),
      Keywords: `giấy chứng nhận, ${view.code}`,
      Creator: view.contestName,
      CreationDate: view.issuedAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const [name, font] of Object.entries(fonts())) doc.registerFont(name, font);

  const W = doc.page.width;
  const H = doc.page.height;
  doc
    .lineWidth(3)
    .rect(20, 20, W - 40, H - 40)
    .stroke(COLOR.frame);
  doc
    .lineWidth(1)
    .rect(28, 28, W - 56, H - 56)
    .stroke(COLOR.frame);
  doc.fillColor(COLOR.text);

  // Header: the organising units on the left, the national motto on the right.
  const colW = (W - 120) / 2;
  let y = 50;
  view.organisers.forEach((unit, i) => {
    doc.font(i === view.organisers.length - 1 ? 'bold' : 'body').fontSize(10.5);
    doc.text(unit.toUpperCase(), 60, y, { width: colW, align: 'center' });
    y = doc.y;
  });
  doc
    .font('bold')
    .fontSize(10.5)
    .text('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 60 + colW, 50, {
      width: colW,
      align: 'center',
    });
  doc
    .font('bold')
    .text('Độc lập - Tự do - Hạnh phúc', 60 + colW, doc.y, { width: colW, align: 'center' });

  // Body.
  const inner = { x: 70, width: W - 140 };
  doc.fillColor(COLOR.accent).font('serifBold').fontSize(36);
  doc.text('GIẤY CHỨNG NHẬN', inner.x, 125, { ...inner, align: 'center', characterSpacing: 2 });
  doc.fillColor(COLOR.text).font('serif').fontSize(13).moveDown(0.3);
  doc.text(`Ban tổ chức ${view.contestName}`, inner.x, doc.y, { ...inner, align: 'center' });
  doc.text('chứng nhận', { ...inner, align: 'center' }).moveDown(0.3);
  doc
    .font('serifBold')
    .fontSize(26)
    .text(view.personName, inner.x, doc.y, { ...inner, align: 'center' });
  doc.moveDown(0.3).font('serif').fontSize(12.5);
  const team = view.teamName
    ? `Thành viên đội “${view.teamName}”, bài dự thi`
    : 'Tác giả bài dự thi';
  doc.text(`${team} ${view.entryCode}: “${view.ideaTitle}”`, inner.x, doc.y, {
    ...inner,
    align: 'center',
  });
  if (view.categoryName) doc.text(`Bảng: ${view.categoryName}`, { ...inner, align: 'center' });
  doc.moveDown(0.4).fillColor(COLOR.accent).font('serifBold').fontSize(18);
  doc.text(certifiedText(view), inner.x, doc.y, { ...inner, align: 'center' });
  doc.fillColor(COLOR.text);

  // Bottom right: place and date, then the signature blocks side by side.
  const signTop = Math.max(doc.y + 14, 385);
  const signX = W / 2 - 40;
  const signW = W - 60 - signX;
  doc.font('serif').fontSize(11.5).text(placeAndDate(view.place, view.issuedAt), signX, signTop, {
    width: signW,
    align: 'center',
  });
  const blockTop = doc.y + 4;
  const blockW = signW / Math.max(1, view.signatories.length);
  view.signatories.forEach((s, i) => {
    const x = signX + i * blockW;
    doc
      .font('bold')
      .fontSize(10.5)
      .text(s.title.toUpperCase(), x, blockTop, { width: blockW, align: 'center' });
    if (s.name)
      doc
        .font('serifBold')
        .fontSize(12)
        .text(s.name, x, blockTop + 95, { width: blockW, align: 'center' });
  });

  // Bottom left: the QR code and the code in words, for readers without a camera.
  const qrSize = 84;
  const qrY = H - 48 - qrSize - 34;
  doc.image(qr, 60, qrY, { width: qrSize, height: qrSize });
  doc.fillColor(COLOR.muted).font('body').fontSize(8.5);
  doc.text(`Mã xác thực: ${view.code}`, 60 + qrSize + 10, qrY + 20, { width: 230 });
  doc.text('Giấy chứng nhận này được xác thực tại:', { width: 230 });
  // The address on one line, smaller if it must be: a reader types it from the paper, and a
  // break inside the code ("W46W- BZQW") would be copied as a space.
  const urlWidth = 230;
  const fitted = Math.max(5, Math.min(8.5, (8.5 * urlWidth) / doc.widthOfString(view.verifyUrl)));
  doc
    .fillColor(COLOR.text)
    .fontSize(fitted)
    .text(view.verifyUrl, 60 + qrSize + 10, doc.y, { link: view.verifyUrl, lineBreak: false });
  doc.end();
  return done;
}
