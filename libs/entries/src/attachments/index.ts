export * from './attachment.dto';
export * from './attachment.service';
export * from './attachment-download';
export { UPLOAD_PARSER_OPTIONS } from './upload-parts';
export type { UploadPart } from './upload-parts';
