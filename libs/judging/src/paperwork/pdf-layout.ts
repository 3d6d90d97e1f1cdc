import { join } from 'node:path';
import { formatDecimal, formatMoment } from '@app/platform';
import PDFDocument from 'pdfkit';

// The apps run from the project root (locally, in tests and in the image), where
// node_modules holds the DejaVu fonts: the standard PDF fonts have no Vietnamese glyphs.
const FONT_DIR = join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf');

export type Pdf = PDFKit.PDFDocument;

export interface Column {
  header: string;
  /** Share of the usable width. */
  width: number;
  align?: 'left' | 'right' | 'center';
}

/** An A4 document with the Vietnamese-capable fonts registered as `body` and `bold`. */
export function newPdf(title: string): Pdf {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 48, bottom: 48, left: 48, right: 48 },
    info: { Title: title },
    bufferPages: false,
  });
  doc.registerFont('body', join(FONT_DIR, 'DejaVuSans.ttf'));
  doc.registerFont('bold', join(FONT_DIR, 'DejaVuSans-Bold.ttf'));
  doc.font('body').fontSize(10);
  return doc;
}

const usableWidth = (doc: Pdf) => doc.page.width - doc.page.margins.left - doc.page.margins.right;

export function heading(doc: Pdf, text: string, size = 15): void {
  doc.font('bold').fontSize(size).text(text, { align: 'center' });
  doc.font('body').fontSize(10).moveDown(0.5);
}

export function section(doc: Pdf, text: string): void {
  doc.moveDown(0.6).font('bold').fontSize(11).text(text, doc.page.margins.left);
  doc.font('body').fontSize(10).moveDown(0.2);
}

/** "Label: value" lines. */
export function facts(doc: Pdf, lines: [string, string][]): void {
  for (const [label, value] of lines) {
    doc.font('bold').text(`${label}: `, doc.page.margins.left, undefined, { continued: true });
    doc.font('body').text(value);
  }
}

export function paragraph(doc: Pdf, text: string): void {
  doc
    .font('body')
    .fontSize(10)
    .text(text, doc.page.margins.left, undefined, {
      width: usableWidth(doc),
    });
}

/** A table with wrapped cells and a repeated header after each page break. */
export function table(doc: Pdf, columns: Column[], rows: string[][]): void {
  const left = doc.page.margins.left;
  const total = columns.reduce((sum, c) => sum + c.width, 0);
  const widths = columns.map((c) => (c.width / total) * usableWidth(doc));
  const pad = 3;
  const drawRow = (cells: string[], font: 'body' | 'bold') => {
    doc.font(font).fontSize(9);
    const height =
      Math.max(
        ...cells.map((cell, i) => doc.heightOfString(cell, { width: widths[i] - 2 * pad })),
      ) +
      2 * pad;
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      if (font === 'body')
        drawRow(
          columns.map((c) => c.header),
          'bold',
        );
      doc.font(font).fontSize(9);
    }
    const top = doc.y;
    let x = left;
    cells.forEach((cell, i) => {
      doc.rect(x, top, widths[i], height).stroke('#888888');
      doc.fillColor('#000000').text(cell, x + pad, top + pad, {
        width: widths[i] - 2 * pad,
        align: columns[i].align ?? 'left',
      });
      x += widths[i];
    });
    doc.x = left;
    doc.y = top + height;
  };
  drawRow(
    columns.map((c) => c.header),
    'bold',
  );
  for (const row of rows) drawRow(row, 'body');
  doc.font('body').fontSize(10).moveDown(0.5);
}

/** Signature blocks side by side: a role, "(ký, ghi rõ họ tên)" and room to sign. */
export function signatures(doc: Pdf, roles: string[], hint: string, name?: string[]): void {
  const left = doc.page.margins.left;
  if (doc.y + 110 > doc.page.height - doc.page.margins.bottom) doc.addPage();
  doc.moveDown(1.5);
  const top = doc.y;
  const width = usableWidth(doc) / roles.length;
  roles.forEach((role, i) => {
    const x = left + i * width;
    doc.font('bold').fontSize(10).text(role, x, top, { width, align: 'center' });
    doc.font('body').fontSize(8).text(hint, x, doc.y, { width, align: 'center' });
    doc.fontSize(10).text(name?.[i] ?? '', x, top + 80, { width, align: 'center' });
  });
  doc.x = left;
  doc.y = top + 100;
}

/** `70,67`, or a dash where there is no number: the paperwork is in Vietnamese. */
export const formatNumber = (value: number | null | undefined): string =>
  value === null || value === undefined ? '—' : formatDecimal(value, 'vi');

/** `lúc 20:56, 04/12/2026 (giờ Việt Nam, GMT+7)`: the paperwork's moments, like the pages'. */
export const formatPaperMoment = (date: Date): string =>
  `${formatMoment(date, 'vi')} (giờ Việt Nam, GMT+7)`;
