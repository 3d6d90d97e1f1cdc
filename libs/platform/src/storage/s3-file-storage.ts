import { PassThrough, Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { FileStorage, StoredFile } from './file-storage';
import { measuredStream } from './measured';
import { assertStorageKey } from './storage-key';
import type { S3Location } from './storage-url';

/** Parts of a multipart upload: S3's smallest part is 5 MiB; two in flight bound the memory. */
const PART_BYTES = 8 * 1024 * 1024;
const PARTS_IN_FLIGHT = 2;

export function s3ClientFor(location: S3Location): S3Client {
  return new S3Client({
    endpoint: location.endpoint,
    region: location.region,
    forcePathStyle: location.forcePathStyle,
    credentials: location.credentials,
    // Checksums only where S3 requires them: many S3-compatible stores (older MinIO and
    // Ceph releases among them) refuse the SDK's default trailing checksums.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

function isNotFound(error: unknown): boolean {
  if (error instanceof S3ServiceException)
    return (
      error.$metadata.httpStatusCode === 404 ||
      error.name === 'NoSuchKey' ||
      error.name === 'NotFound'
    );
  return false;
}

/**
 * Files in an S3-compatible bucket (AWS, MinIO, Ceph …), so that every portal, worker and
 * CLI of an installation reads what any of them wrote. Uploads stream through in parts
 * (a large file is never held whole in memory); a source that fails or is refused midway
 * aborts the upload, so nothing is left under the key, not even the parts.
 */
export class S3FileStorage extends FileStorage {
  constructor(
    private readonly client: S3Client,
    private readonly location: S3Location,
  ) {
    super();
  }

  private objectOf(key: string): { Bucket: string; Key: string } {
    assertStorageKey(key);
    return { Bucket: this.location.bucket, Key: `${this.location.prefix}${key}` };
  }

  async put(key: string, source: Readable): Promise<StoredFile> {
    const object = this.objectOf(key);
    // As for the disk: an early failure of the source must not crash the process; the
    // pipeline below still sees it.
    source.on('error', () => undefined);
    const { stream: measure, result } = measuredStream();
    const upload = new Upload({
      client: this.client,
      params: { ...object, Body: measure, ContentType: 'application/octet-stream' },
      partSize: PART_BYTES,
      queueSize: PARTS_IN_FLIGHT,
      leavePartsOnError: false,
    });
    const reading = pipeline(source, measure);
    const writing = upload.done().catch((error: unknown) => {
      // The store refused: stop reading, or the source would wait on a full buffer forever.
      measure.destroy(error as Error);
      throw error;
    });
    // Both settle before answering, so a refused upload has been aborted when put() throws.
    const [read, written] = await Promise.allSettled([reading, writing]);
    // The source's own error first: it carries the reason (a refused type, a size limit).
    if (read.status === 'rejected') throw read.reason;
    if (written.status === 'rejected') throw written.reason;
    return result();
  }

  openRead(key: string): Readable {
    const object = this.objectOf(key);
    const out = new PassThrough();
    this.client.send(new GetObjectCommand(object)).then(
      (response) => {
        pipeline(response.Body as Readable, out).catch((error: Error) => out.destroy(error));
      },
      (error: Error) => out.destroy(error),
    );
    return out;
  }

  async delete(key: string): Promise<void> {
    // S3 answers a delete of a missing object with success, as the port promises.
    await this.client.send(new DeleteObjectCommand(this.objectOf(key)));
  }

  async exists(key: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand(this.objectOf(key)));
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }
}
