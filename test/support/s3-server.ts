import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
// s3rver: an S3-protocol server in plain JavaScript, started in the test process on a
// spare port, no binary to download (the machine reaches only the npm registry).
import S3rver from 's3rver';
import { s3ClientFor } from '@app/platform/storage/s3-file-storage';
import { parseStorageUrl } from '@app/platform/storage/storage-url';
import { freePort } from './portal';

/** s3rver takes any key pair whose access key is S3RVER. */
const KEYS = 'S3RVER:S3RVER';

export interface RunningS3Server {
  /** `STORAGE_URL` of a bucket (created at start) under an optional prefix. */
  storageUrl(prefix?: string): string;
  /** Every object key in the bucket. */
  keys(): Promise<string[]>;
  client: S3Client;
  stop(): Promise<void>;
}

export async function startS3Server(bucket = 'uploads'): Promise<RunningS3Server> {
  const port = await freePort();
  const directory = mkdtempSync(join(tmpdir(), 's3-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  await server.run();
  const storageUrl = (prefix = '') =>
    `s3://${KEYS}@127.0.0.1:${port}/${bucket}${prefix ? `/${prefix}` : ''}?tls=false`;
  const client = s3ClientFor(parseStorageUrl(storageUrl()));
  return {
    storageUrl,
    client,
    async keys() {
      const listed = await client.send(new ListObjectsV2Command({ Bucket: bucket }));
      return (listed.Contents ?? []).map((object) => object.Key ?? '').sort();
    },
    async stop() {
      client.destroy();
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
