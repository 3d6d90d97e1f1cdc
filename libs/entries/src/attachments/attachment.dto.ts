import { ApiProperty } from '@nestjs/swagger';
import { Attachment, AttachmentKind } from './attachment.entity';

/** An attachment as the API shows it: never the storage key. */
export class AttachmentResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) entryId!: string;
  @ApiProperty({ enum: AttachmentKind }) kind!: AttachmentKind;
  @ApiProperty({ description: 'The sanitised original file name' }) fileName!: string;
  @ApiProperty({ description: 'Detected from the content' }) mediaType!: string;
  @ApiProperty() sizeBytes!: number;
  @ApiProperty() sha256!: string;
  @ApiProperty() createdAt!: string;
  @ApiProperty() downloadUrl!: string;
}

export function toAttachmentResponse(attachment: Attachment): AttachmentResponse {
  return {
    id: attachment.id,
    entryId: attachment.entryId,
    kind: attachment.kind,
    fileName: attachment.originalName,
    mediaType: attachment.mediaType,
    sizeBytes: attachment.sizeBytes,
    sha256: attachment.sha256,
    createdAt: new Date(attachment.createdAt ?? Date.now()).toISOString(),
    downloadUrl: `/api/v1/entries/${attachment.entryId}/attachments/${attachment.id}`,
  };
}
