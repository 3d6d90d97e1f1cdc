import { AttachmentKind } from './attachment.entity';
import { detectFileType, isAllowedFor } from './file-content';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n', 'latin1');
const PNG = Buffer.concat([
  Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
  Buffer.alloc(32),
]);
const JPEG = Buffer.concat([Buffer.from('ffd8ffe000104a46494600', 'hex'), Buffer.alloc(32)]);
const WEBP = Buffer.concat([
  Buffer.from('RIFF', 'latin1'),
  Buffer.from([0x24, 0, 0, 0]),
  Buffer.from('WEBPVP8 ', 'latin1'),
  Buffer.alloc(32),
]);
const ELF = Buffer.concat([Buffer.from('7f454c46020101', 'hex'), Buffer.alloc(64)]);
const WINDOWS_EXE = Buffer.concat([
  Buffer.from('MZ', 'latin1'),
  Buffer.alloc(58),
  Buffer.from([0x40, 0, 0, 0]),
  Buffer.from('PE\0\0', 'latin1'),
  Buffer.alloc(64),
]);

describe('detectFileType', () => {
  it.each([
    ['a PDF', PDF, 'application/pdf'],
    ['a PNG', PNG, 'image/png'],
    ['a JPEG', JPEG, 'image/jpeg'],
    ['a WEBP', WEBP, 'image/webp'],
  ])('recognises %s by its content', async (_what, bytes, mediaType) => {
    expect((await detectFileType(bytes))?.mediaType).toBe(mediaType);
  });

  it.each([
    ['HTML', Buffer.from('<!doctype html><html><script>alert(1)</script></html>')],
    ['HTML with leading spaces', Buffer.from('   \n<html><body>x</body></html>')],
    ['an ELF executable', ELF],
    ['a Windows executable', WINDOWS_EXE],
    ['a ZIP archive', Buffer.concat([Buffer.from('504b0304', 'hex'), Buffer.alloc(64)])],
    ['SVG', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>x</script></svg>')],
    ['plain text', Buffer.from('just some text that mentions %PDF- later')],
    ['a GIF', Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00', 'latin1')],
    ['an empty buffer', Buffer.alloc(0)],
  ])('refuses %s', async (_what, bytes) => {
    expect(await detectFileType(bytes)).toBeNull();
  });

  it.each([
    ['<html>', '%PDF-1.4\n<html><body>hi</body></html>'],
    ['<script>', '%PDF-1.7\n%\xe2\xe3\n<script>alert(1)</script>'],
    ['<!DOCTYPE> in capitals', '%PDF-1.4\n<!DOCTYPE html>'],
    ['< iframe', '%PDF-1.4\n1 0 obj\n< iframe src=x>'],
  ])('refuses a PDF header followed by HTML (%s)', async (_what, text) => {
    expect(await detectFileType(Buffer.from(text, 'latin1'))).toBeNull();
  });

  it('does not mistake PDF dictionaries and hex strings for HTML', async () => {
    const pdf = Buffer.from('%PDF-1.4\n<< /Length 5 >>\n<48656c6c6f>\n<</Type/Page>>', 'latin1');
    expect((await detectFileType(pdf))?.mediaType).toBe('application/pdf');
  });

  it('only looks for HTML in the first KiB of a PDF', async () => {
    const pdf = Buffer.concat([PDF, Buffer.alloc(1100, 0x20), Buffer.from('<html>')]);
    expect((await detectFileType(pdf))?.mediaType).toBe('application/pdf');
  });

  it('refuses a PDF header that does not start the file', async () => {
    expect(await detectFileType(Buffer.concat([Buffer.from('junk'), PDF]))).toBeNull();
  });
});

describe('isAllowedFor', () => {
  it('takes only PDF for pitch decks and business plans, only images for images', async () => {
    const pdf = (await detectFileType(PDF))!;
    const png = (await detectFileType(PNG))!;
    expect(isAllowedFor(AttachmentKind.pitchDeck, pdf)).toBe(true);
    expect(isAllowedFor(AttachmentKind.businessPlan, pdf)).toBe(true);
    expect(isAllowedFor(AttachmentKind.pitchDeck, png)).toBe(false);
    expect(isAllowedFor(AttachmentKind.image, png)).toBe(true);
    expect(isAllowedFor(AttachmentKind.image, pdf)).toBe(false);
    expect(isAllowedFor(AttachmentKind.other, pdf)).toBe(true);
    expect(isAllowedFor(AttachmentKind.other, png)).toBe(true);
  });
});
