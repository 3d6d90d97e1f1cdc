import { parseStorageUrl, StorageUrlError } from './storage-url';

describe('parseStorageUrl', () => {
  it('reads the keys, endpoint, bucket, prefix and options', () => {
    expect(
      parseStorageUrl(
        's3://AKIA:s%2Fecret@minio.local:9000/uploads/portal/files?tls=false&region=hn-1',
      ),
    ).toEqual({
      endpoint: 'http://minio.local:9000',
      region: 'hn-1',
      bucket: 'uploads',
      prefix: 'portal/files/',
      forcePathStyle: true,
      credentials: { accessKeyId: 'AKIA', secretAccessKey: 's/ecret' },
    });
  });

  it('defaults to TLS, path style, us-east-1, no prefix and the SDK’s own credentials', () => {
    expect(
      parseStorageUrl('s3://s3.ap-southeast-1.amazonaws.com/contest-files?pathStyle=false'),
    ).toEqual({
      endpoint: 'https://s3.ap-southeast-1.amazonaws.com',
      region: 'us-east-1',
      bucket: 'contest-files',
      prefix: '',
      forcePathStyle: false,
      credentials: undefined,
    });
  });

  it.each([
    ['not a url', 'not a URL'],
    ['https://host/bucket', 'must start with s3://'],
    ['s3://host', 'no valid bucket'],
    ['s3://host/Bad_Bucket', 'no valid bucket'],
    ['s3://key@host/bucket', 'without its secret'],
    ['s3://host/bucket?tls=maybe', 'tls must be true or false'],
  ])('refuses %s', (value, message) => {
    expect(() => parseStorageUrl(value)).toThrow(StorageUrlError);
    expect(() => parseStorageUrl(value)).toThrow(message);
  });

  it('never repeats the secret in its errors', () => {
    expect(() => parseStorageUrl('s3://key:topsecret@host/B?tls=x')).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('topsecret') }),
    );
  });
});
