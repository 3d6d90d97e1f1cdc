import { Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { FileStorage } from './file-storage';
import { LocalDiskFileStorage } from './local-disk-storage';
import { S3FileStorage, s3ClientFor } from './s3-file-storage';
import { parseStorageUrl } from './storage-url';

/** The installation's storage, for every process alike. */
export function fileStorageOf(config: AppConfig): FileStorage {
  if (config.STORAGE_URL) {
    const location = parseStorageUrl(config.STORAGE_URL);
    return new S3FileStorage(s3ClientFor(location), location);
  }
  return new LocalDiskFileStorage(config.storageDir);
}

/**
 * Provides the `FileStorage` of the installation: an S3-compatible bucket when STORAGE_URL
 * is set (several hosts), else the local disk under STORAGE_DIR (one host).
 */
@Module({
  providers: [{ provide: FileStorage, useFactory: fileStorageOf, inject: [AppConfig] }],
  exports: [FileStorage],
})
export class StorageModule {}
