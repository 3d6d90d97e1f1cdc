import PDFDocument from 'pdfkit';
import { PDFDocument as EditablePdf, PDFName } from 'pdf-lib';

/** What a team's authoring tool writes into a file without asking. */
export const IDENTIFYING = {
  author: 'Nguyen Thi Tac Gia',
  title: 'Ke hoach cua Truong THPT Bi Mat',
  creator: 'Doi Bong Dem Studio',
  subject: 'Ho so cua doi Bong Dem',
  keywords: 'bong-dem, truong-bi-mat',
  /** Only in a page's own XMP packet. */
  pageXmp: 'Anh chup boi Le Van Nhiep Anh',
};

/**
 * A two-page PDF as authoring tools leave it: an info dictionary (Author, Title, Creator,
 * Subject, Keywords), a catalog XMP packet (pdfkit writes one for PDF 1.4 and later) and,
 * added afterwards, an XMP packet on the first page. `encrypted` adds a user password.
 */
export async function identifiedPdf(options: { encrypted?: boolean } = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    pdfVersion: '1.7',
    info: {
      Author: IDENTIFYING.author,
      Title: IDENTIFYING.title,
      Creator: IDENTIFYING.creator,
      Subject: IDENTIFYING.subject,
      Keywords: IDENTIFYING.keywords,
    },
    ...(options.encrypted ? { userPassword: 'mat-khau', ownerPassword: 'chu-so-huu' } : {}),
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.fontSize(24).text('Giải pháp sấy nông sản bằng năng lượng mặt trời');
  doc.addPage().text('Trang hai: mô hình kinh doanh.');
  doc.end();
  await done;
  const bytes = Buffer.concat(chunks);
  if (options.encrypted) return bytes;

  const editable = await EditablePdf.load(bytes, { updateMetadata: false });
  const xmp = `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator><rdf:Seq><rdf:li>${IDENTIFYING.pageXmp}</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;
  const stream = editable.context.stream(xmp, { Type: 'Metadata', Subtype: 'XML' });
  editable.getPage(0).node.set(PDFName.of('Metadata'), editable.context.register(stream));
  return Buffer.from(await editable.save({ useObjectStreams: false }));
}
