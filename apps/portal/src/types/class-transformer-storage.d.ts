// class-transformer keeps its metadata storage in a file without its own declaration:
// the route audit reads nested DTO types from it.
declare module 'class-transformer/cjs/storage' {
  export const defaultMetadataStorage: import('class-transformer/types/MetadataStorage').MetadataStorage;
}
