import { Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { FileStorage } from './file-storage';
import { LocalDiskFileStorage } from './local-disk-storage';

/** Provides the `FileStorage` of the installation (today the local disk under STORAGE_DIR). */
@Module({
  providers: [
    {
      provide: FileStorage,
      useFactory: (config: AppConfig) => new LocalDiskFileStorage(config.storageDir),
      inject: [AppConfig],
    },
  ],
  exports: [FileStorage],
})
export class StorageModule {}
