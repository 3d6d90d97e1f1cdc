import type { UploadPart } from '@app/entries';
import { parserError } from '@app/entries';

/**
 * The upload button of the edit page sends the whole entry form with the file (one
 * multipart POST), so what was typed and not yet saved is saved before the file is stored.
 * The browser sends the parts in the page's order: the form's fields, then the kind of
 * document, then the file.
 */
export interface UploadForm {
  /** The form's text fields, by name, as a urlencoded body would carry them. */
  fields: Record<string, string>;
  /** The file part, not yet read; undefined when none came. */
  file?: UploadPart;
  /** The parts after the file (none from a browser), still to be read. */
  rest: AsyncIterator<UploadPart>;
}

const KIND = 'kind';

/** Reads the fields before the file; the file itself stays unread, streaming. */
export async function readUploadForm(
  parts: AsyncIterable<UploadPart>,
  maxBytes: number,
): Promise<UploadForm> {
  const rest = parts[Symbol.asyncIterator]();
  const fields: Record<string, string> = {};
  for (;;) {
    let next: IteratorResult<UploadPart>;
    try {
      next = await rest.next();
    } catch (error) {
      throw parserError(error, maxBytes);
    }
    if (next.done) return { fields, rest };
    const part = next.value;
    if (part.type === 'file') return { fields, file: part, rest };
    if (typeof part.value === 'string') fields[part.fieldname] = part.value;
  }
}

/** Whether the form carried the entry's fields (an upload from an older page carries only the kind). */
export const carriesDraft = (form: UploadForm): boolean =>
  Object.keys(form.fields).some((name) => name !== KIND);

/** A file input left empty still sends a part, with no name and no content. */
export const hasChosenFile = (form: UploadForm): boolean => Boolean(form.file?.filename);

/**
 * The parts as the attachment service reads them: the kind, then the file, then whatever
 * followed (which the service refuses).
 */
export function attachmentParts(form: UploadForm): AsyncIterable<UploadPart> {
  const lead: UploadPart[] = [];
  if (form.fields[KIND] !== undefined)
    lead.push({ type: 'field', fieldname: KIND, value: form.fields[KIND] });
  if (form.file) lead.push(form.file);
  return {
    async *[Symbol.asyncIterator]() {
      yield* lead;
      for (let next = await form.rest.next(); !next.done; next = await form.rest.next())
        yield next.value;
    },
  };
}

/** Reads the rest of the body without keeping it, so that the answer reaches the browser. */
export async function drainUploadForm(form: UploadForm): Promise<void> {
  form.file?.file?.resume();
  try {
    for (let next = await form.rest.next(); !next.done; next = await form.rest.next())
      next.value.file?.resume();
  } catch {
    // A broken rest of the body changes nothing: the page answers with what it knows.
  }
}
