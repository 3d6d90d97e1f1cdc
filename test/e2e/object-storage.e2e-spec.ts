import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import type { S3Client } from '@aws-sdk/client-s3';
import type { FileStorage } from '@app/platform/storage/file-storage';
import { LocalDiskFileStorage } from '@app/platform/storage/local-disk-storage';
import { newStorageKey } from '@app/platform/storage/storage-key';
import { S3FileStorage, s3ClientFor } from '@app/platform/storage/s3-file-storage';
import { parseStorageUrl } from '@app/platform/storage/storage-url';
import { RunningS3Server, startS3Server } from '../support/s3-server';

const MiB = 1024 * 1024;

/** `total` bytes in chunks of 1 MiB, failing with `failure` once `failAfter` bytes have gone out. */
function source(total: number, failAfter?: number, failure = new Error('source broke')): Readable {
  let sent = 0;
  return new Readable({
    read() {
      if (failAfter !== undefined && sent >= failAfter) return this.destroy(failure);
      if (sent >= total) return this.push(null);
      const chunk = randomBytes(Math.min(MiB, total - sent));
      sent += chunk.length;
      this.push(chunk);
    },
  });
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** A client that notes the name of every command it sends. */
function recordingClient(url: string): { client: S3Client; sent: string[] } {
  const client = s3ClientFor(parseStorageUrl(url));
  const sent: string[] = [];
  client.middlewareStack.add(
    (next, context) => (args) => {
      sent.push(String(context.commandName));
      return next(args);
    },
    { step: 'initialize', name: 'recordCommands' },
  );
  return { client, sent };
}

describe('S3-compatible file storage against an S3-protocol server', () => {
  let s3: RunningS3Server;
  const storageAt = (prefix: string) => {
    const url = s3.storageUrl(prefix);
    const recording = recordingClient(url);
    return { storage: new S3FileStorage(recording.client, parseStorageUrl(url)), ...recording };
  };

  beforeAll(async () => {
    s3 = await startS3Server();
  });
  afterAll(async () => {
    await s3?.stop();
  });

  it('stores a file under its key and the prefix, and reads it back byte for byte', async () => {
    const { storage } = storageAt('portal');
    const key = newStorageKey();
    const bytes = Buffer.from('Kế hoạch kinh doanh — bản cuối');
    const stored = await storage.put(key, Readable.from([bytes]));
    expect(stored).toEqual({ sizeBytes: bytes.length, sha256: sha256(bytes) });
    expect(await s3.keys()).toContain(`portal/${key}`);
    expect(await storage.exists(key)).toBe(true);
    expect(Buffer.compare(await buffer(storage.openRead(key)), bytes)).toBe(0);
  });

  it('streams a large file in parts, never whole, and another instance reads it', async () => {
    const writer = storageAt('big');
    const key = newStorageKey();
    const chunks: Buffer[] = [];
    const file = source(21 * MiB);
    file.on('data', (chunk: Buffer) => chunks.push(chunk));
    const stored = await writer.storage.put(key, file);
    const written = Buffer.concat(chunks);
    expect(stored).toEqual({ sizeBytes: 21 * MiB, sha256: sha256(written) });
    expect(writer.sent).toEqual(
      expect.arrayContaining(['CreateMultipartUploadCommand', 'CompleteMultipartUploadCommand']),
    );
    expect(writer.sent.filter((name) => name === 'UploadPartCommand')).toHaveLength(3);
    expect(writer.sent).not.toContain('PutObjectCommand');

    // Another portal on another host: its own client, the same bucket.
    const reader = storageAt('big');
    expect(sha256(await buffer(reader.storage.openRead(key)))).toBe(stored.sha256);
  });

  it('leaves nothing under the key when the source fails midway, and aborts the parts', async () => {
    const { storage, sent } = storageAt('refused');
    const key = newStorageKey();
    const refusal = new Error('the file type is refused');
    await expect(storage.put(key, source(30 * MiB, 18 * MiB, refusal))).rejects.toBe(refusal);
    expect(sent).toContain('CreateMultipartUploadCommand');
    expect(sent).toContain('AbortMultipartUploadCommand');
    expect(sent).not.toContain('CompleteMultipartUploadCommand');
    expect((await s3.keys()).filter((name) => name.startsWith('refused/'))).toEqual([]);
    expect(await storage.exists(key)).toBe(false);
  });

  it('leaves nothing when a small file is refused before its end', async () => {
    const { storage, sent } = storageAt('small');
    const key = newStorageKey();
    const refusal = new Error('too large');
    await expect(storage.put(key, source(2 * MiB, MiB, refusal))).rejects.toBe(refusal);
    expect(sent).not.toContain('PutObjectCommand');
    expect(await storage.exists(key)).toBe(false);
  });

  it('deletes, answers a missing file as absent, and errors when reading one', async () => {
    const { storage } = storageAt('gone');
    const key = newStorageKey();
    await storage.put(key, Readable.from([Buffer.from('x')]));
    await storage.delete(key);
    await storage.delete(key);
    expect(await storage.exists(key)).toBe(false);
    await expect(buffer(storage.openRead(key))).rejects.toMatchObject({ name: 'NoSuchKey' });
  });

  it('refuses a key of any other shape before anything reaches the store', async () => {
    const { storage, sent } = storageAt('forged');
    for (const key of ['../../etc/passwd', 'ab/cd/../../x', '']) {
      await expect(storage.put(key, Readable.from([Buffer.from('x')]))).rejects.toThrow(
        'Invalid storage key',
      );
      expect(() => storage.openRead(key)).toThrow('Invalid storage key');
    }
    expect(sent).toEqual([]);
  });

  it('reports the upload throughput to the bucket beside the local disk, in the same run', async () => {
    const files = 12;
    const size = 6 * MiB;
    const payload = randomBytes(MiB);
    const timed = async (storage: FileStorage) => {
      const started = process.hrtime.bigint();
      for (let i = 0; i < files; i++)
        await storage.put(
          newStorageKey(),
          Readable.from(Array.from({ length: size / MiB }, () => payload)),
        );
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      return (files * size) / MiB / seconds;
    };
    const disk = await timed(new LocalDiskFileStorage(mkdtempSync(join(tmpdir(), 'disk-'))));
    const bucket = await timed(storageAt('throughput').storage);
    console.log(
      `upload throughput, ${files} files of ${size / MiB} MiB: local disk ${disk.toFixed(0)} MiB/s, S3 bucket (s3rver on this host) ${bucket.toFixed(0)} MiB/s, ratio ${(bucket / disk).toFixed(2)}`,
    );
    expect((await s3.keys()).filter((key) => key.startsWith('throughput/'))).toHaveLength(files);
  });
});
