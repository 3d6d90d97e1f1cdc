/**
 * Where an S3-compatible store is and how to reach it, read from one setting:
 *
 *   s3://ACCESS_KEY:SECRET@host[:port]/bucket[/prefix]?region=…&tls=true|false&pathStyle=true|false
 *
 * The keys may be left out: the AWS SDK then looks for them itself (AWS_ACCESS_KEY_ID and
 * AWS_SECRET_ACCESS_KEY, a profile, an instance role). Path-style addressing is the default
 * because MinIO, Ceph and most providers other than AWS expect it; AWS takes
 * `pathStyle=false`.
 */
export interface S3Location {
  /** `https://host[:port]` (or `http://` with `tls=false`). */
  endpoint: string;
  region: string;
  bucket: string;
  /** Prepended to every storage key; empty or ending with `/`. */
  prefix: string;
  forcePathStyle: boolean;
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const PREFIX = /^[\w.\-/]*$/;
const FLAGS = new Set(['true', 'false']);

export class StorageUrlError extends Error {}

function flag(params: URLSearchParams, name: string, fallback: boolean): boolean {
  const value = params.get(name);
  if (value === null) return fallback;
  if (!FLAGS.has(value)) throw new StorageUrlError(`STORAGE_URL: ${name} must be true or false`);
  return value === 'true';
}

/** Parses STORAGE_URL; a wrong URL throws a StorageUrlError saying what is wrong (never the keys). */
export function parseStorageUrl(value: string): S3Location {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new StorageUrlError('STORAGE_URL is not a URL (s3://key:secret@host:port/bucket)');
  }
  if (url.protocol !== 's3:') throw new StorageUrlError('STORAGE_URL must start with s3://');
  if (!url.hostname) throw new StorageUrlError('STORAGE_URL names no host');
  const [bucket, ...rest] = decodeURIComponent(url.pathname).split('/').filter(Boolean);
  if (!bucket || !BUCKET.test(bucket))
    throw new StorageUrlError('STORAGE_URL names no valid bucket after the host');
  const prefix = rest.length ? `${rest.join('/')}/` : '';
  if (!PREFIX.test(prefix)) throw new StorageUrlError('STORAGE_URL has an invalid key prefix');
  const accessKeyId = decodeURIComponent(url.username);
  const secretAccessKey = decodeURIComponent(url.password);
  if (!!accessKeyId !== !!secretAccessKey)
    throw new StorageUrlError('STORAGE_URL gives an access key without its secret, or the reverse');
  const tls = flag(url.searchParams, 'tls', true);
  return {
    endpoint: `${tls ? 'https' : 'http'}://${url.host}`,
    region: url.searchParams.get('region') || 'us-east-1',
    bucket,
    prefix,
    forcePathStyle: flag(url.searchParams, 'pathStyle', true),
    credentials: accessKeyId ? { accessKeyId, secretAccessKey } : undefined,
  };
}
