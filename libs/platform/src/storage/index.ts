export * from './file-storage';
export * from './storage-key';
export * from './storage-url';
export * from './local-disk-storage';
export * from './s3-file-storage';
export * from './storage.module';
