import { fileTypeFromBuffer } from 'file-type';
import { AttachmentKind } from './attachment.entity';

/** How many leading bytes the content check reads (enough for every signature used). */
export const CONTENT_HEAD_BYTES = 4100;

export interface DetectedType {
  mediaType: string;
  /** File name extensions of the type, the preferred one first. */
  extensions: readonly string[];
}

const PDF: DetectedType = { mediaType: 'application/pdf', extensions: ['pdf'] };
const PNG: DetectedType = { mediaType: 'image/png', extensions: ['png'] };
const JPEG: DetectedType = { mediaType: 'image/jpeg', extensions: ['jpg', 'jpeg'] };
const WEBP: DetectedType = { mediaType: 'image/webp', extensions: ['webp'] };

const BY_MEDIA_TYPE = new Map([PDF, PNG, JPEG, WEBP].map((t) => [t.mediaType, t]));

/** What each kind accepts. `other` takes the same safe set, nothing executable or scriptable. */
export const ALLOWED_TYPES: Record<AttachmentKind, readonly DetectedType[]> = {
  [AttachmentKind.pitchDeck]: [PDF],
  [AttachmentKind.businessPlan]: [PDF],
  [AttachmentKind.image]: [PNG, JPEG, WEBP],
  [AttachmentKind.other]: [PDF, PNG, JPEG, WEBP],
};

// Markup a browser would render if it ever sniffed the file as HTML.
const HTML_MARKERS =
  /<\s*(!doctype|html|head|body|script|iframe|frame|svg|object|embed|meta|style|link|form|img|base)\b/i;

/**
 * The type of a file from its first bytes (magic numbers), never from its name or the
 * type the client declared. A PDF must start with `%PDF-` and carry no HTML markup in its
 * first KiB (a polyglot that a sniffing browser would render as a page). Returns null
 * for anything not on the list.
 */
export async function detectFileType(head: Buffer): Promise<DetectedType | null> {
  const detected = await fileTypeFromBuffer(head);
  const type = detected ? BY_MEDIA_TYPE.get(detected.mime) : undefined;
  if (!type) return null;
  if (type === PDF && !isPlainPdf(head)) return null;
  return type;
}

function isPlainPdf(head: Buffer): boolean {
  if (head.subarray(0, 5).toString('latin1') !== '%PDF-') return false;
  return !HTML_MARKERS.test(head.subarray(0, 1024).toString('latin1'));
}

export function isAllowedFor(kind: AttachmentKind, type: DetectedType): boolean {
  return ALLOWED_TYPES[kind].includes(type);
}
