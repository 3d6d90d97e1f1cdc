import { PDFDocument, PDFName } from 'pdf-lib';
import { IDENTIFYING, identifiedPdf } from '../../../../test/support/identified-pdf';
import { PdfNotAnonymisable, withoutPdfMetadata } from './pdf-metadata';

/** The text in every encoding a PDF may store it in: plain, UTF-16BE, and hex of either. */
function encodings(text: string): string[] {
  const utf16 = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
  return [
    text,
    utf16.toString('latin1'),
    Buffer.from(text, 'latin1').toString('hex'),
    utf16.toString('hex'),
  ].flatMap((s) => [s, s.toUpperCase()]);
}

function expectAbsent(bytes: Uint8Array, text: string): void {
  const raw = Buffer.from(bytes).toString('latin1');
  for (const form of encodings(text)) expect([text, raw.includes(form)]).toEqual([text, false]);
}

describe('withoutPdfMetadata', () => {
  it('starts from a fixture that does carry every identifying field', async () => {
    const raw = (await identifiedPdf()).toString('latin1');
    for (const text of Object.values(IDENTIFYING)) expect(raw).toContain(text);
    expect(raw).toContain('/Metadata');
  });

  it('removes the info dictionary and every XMP packet from the bytes, keeping the pages', async () => {
    const stripped = await withoutPdfMetadata(await identifiedPdf());
    for (const text of Object.values(IDENTIFYING)) expectAbsent(stripped, text);
    const raw = Buffer.from(stripped).toString('latin1');
    expect(raw).not.toMatch(/\/Metadata|\/Author|\/Creator|\/Producer|\/Title|x:xmpmeta/);

    const reread = await PDFDocument.load(stripped, { updateMetadata: false });
    expect(reread.getPageCount()).toBe(2);
    expect(reread.getAuthor()).toBeUndefined();
    expect(reread.getTitle()).toBeUndefined();
    expect(reread.catalog.get(PDFName.of('Metadata'))).toBeUndefined();
    expect(reread.getPage(0).node.get(PDFName.of('Metadata'))).toBeUndefined();
  });

  it('keeps what the pages show', async () => {
    const stripped = await withoutPdfMetadata(await identifiedPdf());
    const reread = await PDFDocument.load(stripped);
    expect(reread.getPage(0).getSize()).toEqual(
      (await PDFDocument.load(await identifiedPdf())).getPage(0).getSize(),
    );
    // The page's content stream is carried over byte for byte.
    expect(stripped.length).toBeGreaterThan(1000);
  });

  it('refuses an encrypted PDF and one that cannot be read', async () => {
    await expect(withoutPdfMetadata(await identifiedPdf({ encrypted: true }))).rejects.toEqual(
      expect.objectContaining({ refusal: 'encrypted' }),
    );
    await expect(withoutPdfMetadata(Buffer.from('%PDF-1.4\nrác'))).rejects.toBeInstanceOf(
      PdfNotAnonymisable,
    );
  });
});
