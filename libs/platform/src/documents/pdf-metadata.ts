import { PDFArray, PDFDict, PDFDocument, PDFName, PDFObject, PDFRef, PDFStream } from 'pdf-lib';

/** Why a PDF could not be rewritten without its metadata. */
export type PdfRefusal = 'encrypted' | 'unreadable';

export class PdfNotAnonymisable extends Error {
  constructor(readonly refusal: PdfRefusal) {
    super(`The PDF cannot be rewritten without its metadata (${refusal})`);
  }
}

/** Keys that carry who made a document rather than what it shows. */
const IDENTIFYING_KEYS = ['Metadata', 'PieceInfo'].map((key) => PDFName.of(key));
const TYPE = PDFName.of('Type');
const SUBTYPE = PDFName.of('Subtype');

/**
 * The same PDF without its document information dictionary (Author, Creator, Producer,
 * Title, Subject, Keywords, dates) and without XMP metadata: the catalog's /Metadata, every
 * page's and object's /Metadata and /PieceInfo, and any metadata stream. The file is
 * rewritten whole, keeping only objects reachable from the catalog, so the old objects
 * (and earlier revisions of an incrementally saved file) are gone from the bytes, not just
 * unreferenced. Object streams are not used for the output, so nothing hides compressed.
 *
 * Throws PdfNotAnonymisable for an encrypted PDF (its strings cannot be rewritten without
 * the key) and for one that cannot be parsed. The content itself (text, images, fonts) is
 * kept exactly: what the slides show is the team's responsibility.
 */
export async function withoutPdfMetadata(bytes: Uint8Array): Promise<Uint8Array> {
  let document: PDFDocument;
  try {
    // updateMetadata: false, or pdf-lib would write its own Producer and dates back in.
    // Encryption is checked below rather than by pdf-lib's error, to tell the two apart.
    document = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true });
  } catch {
    throw new PdfNotAnonymisable('unreadable');
  }
  if (document.isEncrypted) throw new PdfNotAnonymisable('encrypted');
  const context = document.context;
  const root = context.trailerInfo.Root;
  if (!(root instanceof PDFRef) || !(context.lookup(root) instanceof PDFDict))
    throw new PdfNotAnonymisable('unreadable');
  context.trailerInfo.Info = undefined;

  for (const [ref, object] of context.enumerateIndirectObjects()) {
    const dict = dictOf(object);
    if (!dict) continue;
    if (isMetadataStream(object, dict)) {
      context.delete(ref);
      continue;
    }
    for (const key of IDENTIFYING_KEYS) dict.delete(key);
  }
  sweepUnreachable(document, root);
  try {
    return await document.save({ useObjectStreams: false, updateFieldAppearances: false });
  } catch {
    throw new PdfNotAnonymisable('unreadable');
  }
}

function dictOf(object: PDFObject): PDFDict | undefined {
  if (object instanceof PDFDict) return object;
  if (object instanceof PDFStream) return object.dict;
  return undefined;
}

/** An XMP packet: a stream of /Type /Metadata or /Subtype /XML. */
function isMetadataStream(object: PDFObject, dict: PDFDict): boolean {
  if (!(object instanceof PDFStream)) return false;
  return dict.get(TYPE) === PDFName.of('Metadata') || dict.get(SUBTYPE) === PDFName.of('XML');
}

/** Deletes every indirect object the catalog does not lead to (the old info dictionary, XMP...). */
function sweepUnreachable(document: PDFDocument, root: PDFRef): void {
  const context = document.context;
  const reached = new Set<string>();
  const pending: PDFObject[] = [root];
  while (pending.length > 0) {
    const object = pending.pop()!;
    if (object instanceof PDFRef) {
      const key = object.toString();
      if (reached.has(key)) continue;
      reached.add(key);
      const target = context.lookup(object);
      if (target) pending.push(target);
    } else if (object instanceof PDFDict) {
      for (const [, value] of object.entries()) pending.push(value);
    } else if (object instanceof PDFArray) {
      pending.push(...object.asArray());
    } else if (object instanceof PDFStream) {
      pending.push(object.dict);
    }
  }
  for (const [ref] of context.enumerateIndirectObjects())
    if (!reached.has(ref.toString())) context.delete(ref);
}
