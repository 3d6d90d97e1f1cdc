import { Injectable, Logger } from '@nestjs/common';
import { finished } from 'node:stream';
import type { Readable } from 'node:stream';
import { EntityManager } from 'typeorm';
import { Role } from '@app/accounts';
import type { Principal } from '@app/accounts';
import { Contest } from '@app/contests';
import {
  AppConfig,
  DomainError,
  ErrorCode,
  FileStorage,
  newStorageKey,
  TransactionRunner,
} from '@app/platform';
import { Entry } from '../entries/entry.entity';
import { EntryEvent } from '../history/entry-event.entity';
import { Attachment, AttachmentKind } from './attachment.entity';
import { assertEntryEditable } from '../entries/entry-editability';
import {
  ALLOWED_TYPES,
  CONTENT_HEAD_BYTES,
  DetectedType,
  detectFileType,
  isAllowedFor,
} from './file-content';
import { sanitizeFileName, withExtension } from './file-name';
import { guardedParts, malformed, parseKind, parserError, UploadPart } from './upload-parts';
import { uploadGuard } from './upload-guard';

/** A file stored under a fresh key, not yet recorded in the database. */
interface ReceivedFile {
  kind: AttachmentKind;
  fileName: string;
  type: DetectedType;
  sizeBytes: number;
  sha256: string;
}

export interface AttachmentDownload {
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  stream: Readable;
}

const READERS_OF_ANY_ENTRY = new Set<string>([Role.organizer, Role.admin]);

/**
 * Files of entries. An upload is checked by its content, streamed to storage under a
 * generated key and only then recorded; whatever fails on the way leaves neither a file
 * nor a row behind. Someone else's entry, or a file of another entry, is "not found".
 */
@Injectable()
export class AttachmentService {
  private readonly logger = new Logger(AttachmentService.name);

  constructor(
    private readonly tx: TransactionRunner,
    private readonly storage: FileStorage,
    private readonly config: AppConfig,
  ) {}

  listForEntry(entryId: string): Promise<Attachment[]> {
    return this.tx.manager.find(Attachment, { where: { entryId }, order: { createdAt: 'ASC' } });
  }

  async upload(
    principal: Principal,
    entryId: string,
    parts: AsyncIterable<UploadPart> | undefined,
  ): Promise<Attachment> {
    if (!parts) throw malformed('Send multipart/form-data with a "kind" field and one file');
    // Refuse early, before reading the body; the transaction checks again.
    await this.lockEditableEntry(this.tx.manager, principal, entryId, false);
    const key = newStorageKey();
    let stored = false;
    try {
      const received = await this.receive(parts, key, () => (stored = true));
      return await this.tx.run(async (manager) => {
        await this.lockEditableEntry(manager, principal, entryId, true);
        return this.record(manager, principal, entryId, key, received);
      });
    } catch (error) {
      if (stored) await this.forget(key);
      throw error;
    }
  }

  async openForDownload(
    principal: Principal,
    entryId: string,
    attachmentId: string,
  ): Promise<AttachmentDownload> {
    const manager = this.tx.manager;
    const entry = await manager.findOneBy(Entry, { id: entryId });
    if (!entry || (entry.ownerId !== principal.userId && !READERS_OF_ANY_ENTRY.has(principal.role)))
      throw notFound();
    return this.openStored(entryId, attachmentId);
  }

  /** A file of the entry, for a caller that has already checked who may read it (a judge's route). */
  async openStored(entryId: string, attachmentId: string): Promise<AttachmentDownload> {
    const attachment = await this.tx.manager.findOneBy(Attachment, { id: attachmentId, entryId });
    if (!attachment) throw notFound();
    if (!(await this.storage.exists(attachment.storageKey))) {
      this.logger.error({ attachmentId }, 'Attachment file missing from storage');
      throw notFound();
    }
    return {
      fileName: attachment.originalName,
      mediaType: attachment.mediaType,
      sizeBytes: attachment.sizeBytes,
      stream: this.storage.openRead(attachment.storageKey),
    };
  }

  async remove(principal: Principal, entryId: string, attachmentId: string): Promise<void> {
    const removed = await this.tx.run(async (manager) => {
      const entry = await this.lockEditableEntry(manager, principal, entryId, true);
      const attachment = await manager.findOneBy(Attachment, { id: attachmentId, entryId });
      if (!attachment) throw notFound();
      await manager.delete(Attachment, { id: attachment.id });
      await this.touchEntry(manager, entry, principal, 'attachment_removed', attachment);
      return attachment;
    });
    // After the commit: a crash here leaves an orphan file, never a row without its file.
    await this.forget(removed.storageKey);
  }

  /** Reads the `kind` field and then the file, storing the file under `key`. */
  private async receive(
    parts: AsyncIterable<UploadPart>,
    key: string,
    onStored: () => void,
  ): Promise<ReceivedFile> {
    const maxBytes = this.config.UPLOAD_MAX_BYTES;
    let kind: AttachmentKind | undefined;
    let received: ReceivedFile | undefined;
    for await (const part of guardedParts(parts, maxBytes)) {
      if (part.type === 'field') {
        if (part.fieldname !== 'kind' || kind !== undefined || received)
          throw malformed('Only a "kind" field, sent before the file, is expected');
        kind = parseKind(part.value);
        continue;
      }
      if (part.fieldname !== 'file' || !kind || received || !part.file) {
        part.file?.resume();
        throw malformed('Send the "kind" field first, then one file in the field "file"');
      }
      received = await this.storeFile(kind, part, key, onStored);
    }
    if (!received) throw malformed('No file was sent');
    return received;
  }

  private async storeFile(
    kind: AttachmentKind,
    part: UploadPart,
    key: string,
    onStored: () => void,
  ): Promise<ReceivedFile> {
    const file = part.file as NonNullable<UploadPart['file']>;
    const maxBytes = this.config.UPLOAD_MAX_BYTES;
    const name = sanitizeFileName(part.filename ?? '');
    if (!name) {
      file.resume();
      throw malformed('The file name is empty once unsafe characters are removed');
    }
    let type: DetectedType | undefined;
    let sourceError: unknown;
    const guard = uploadGuard({
      maxBytes,
      headBytes: CONTENT_HEAD_BYTES,
      truncated: () => file.truncated === true,
      checkHead: async (head) => {
        const detected = await detectFileType(head);
        if (!detected || !isAllowedFor(kind, detected))
          throw new DomainError(
            ErrorCode.UNSUPPORTED_FILE_TYPE,
            `This kind of attachment (${kind}) accepts only: ${allowedList(kind)}`,
          );
        type = detected;
      },
    });
    // `finished` also reports a part the parser had already failed (a body cut off before
    // this code ran): plain 'error' listeners would miss it and the upload would hang.
    finished(file, (error) => {
      if (!error) return;
      sourceError = error;
      guard.destroy(error);
    });
    file.pipe(guard);
    try {
      const { sizeBytes, sha256 } = await this.storage.put(key, guard);
      onStored();
      return {
        kind,
        fileName: withExtension(name, type!.extensions),
        type: type!,
        sizeBytes,
        sha256,
      };
    } catch (error) {
      // Let the parser read the rest of the body, so the refusal reaches the client.
      file.unpipe(guard);
      file.resume();
      if (error instanceof DomainError) throw error;
      if (sourceError) throw parserError(sourceError, maxBytes);
      throw error;
    }
  }

  private async record(
    manager: EntityManager,
    principal: Principal,
    entryId: string,
    key: string,
    received: ReceivedFile,
  ): Promise<Attachment> {
    const count = await manager.countBy(Attachment, { entryId });
    if (count >= this.config.UPLOAD_MAX_FILES_PER_ENTRY) throw this.tooMany();
    const attachment = manager.create(Attachment, {
      entryId,
      kind: received.kind,
      storageKey: key,
      originalName: received.fileName,
      mediaType: received.type.mediaType,
      sizeBytes: received.sizeBytes,
      sha256: received.sha256,
      uploadedBy: principal.userId,
    });
    await manager.insert(Attachment, attachment);
    const entry = { id: entryId } as Entry;
    await this.touchEntry(manager, entry, principal, 'attachment_added', attachment);
    return attachment;
  }

  /** The caller's own entry, still open for changes; others' entries are "not found". */
  private async lockEditableEntry(
    manager: EntityManager,
    principal: Principal,
    entryId: string,
    lock: boolean,
  ): Promise<Entry> {
    const entry = await manager.findOne(Entry, {
      where: { id: entryId },
      // Serialises uploads of one entry so the file count cannot be overrun; SQLite
      // transactions are serialised by the runner already.
      ...(lock && !this.tx.isSqlite ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!entry || entry.ownerId !== principal.userId) throw notFound();
    const contest = await manager.findOneBy(Contest, { id: entry.contestId });
    if (!contest) throw notFound();
    assertEntryEditable(entry, contest, new Date());
    if (!lock) {
      const count = await manager.countBy(Attachment, { entryId });
      if (count >= this.config.UPLOAD_MAX_FILES_PER_ENTRY) throw this.tooMany();
    }
    return entry;
  }

  private async touchEntry(
    manager: EntityManager,
    entry: Entry,
    principal: Principal,
    type: 'attachment_added' | 'attachment_removed',
    attachment: Attachment,
  ): Promise<void> {
    await manager.update(Entry, { id: entry.id }, { revision: () => 'revision + 1' });
    await manager.insert(EntryEvent, {
      entryId: entry.id,
      actorId: principal.userId,
      type,
      data: {
        attachmentId: attachment.id,
        kind: attachment.kind,
        fileName: attachment.originalName,
      },
    });
  }

  private tooMany(): DomainError {
    const max = this.config.UPLOAD_MAX_FILES_PER_ENTRY;
    return new DomainError(ErrorCode.TOO_MANY_FILES, `An entry holds at most ${max} files`);
  }

  private async forget(key: string): Promise<void> {
    try {
      await this.storage.delete(key);
    } catch (error) {
      this.logger.error({ err: error, key }, 'Could not delete a stored file');
    }
  }
}

function notFound(): DomainError {
  return new DomainError(ErrorCode.NOT_FOUND, 'Not found');
}

function allowedList(kind: AttachmentKind): string {
  return ALLOWED_TYPES[kind].map((type) => type.extensions[0].toUpperCase()).join(', ');
}
