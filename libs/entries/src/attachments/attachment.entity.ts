import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { UuidPrimaryKey } from '@app/platform';

export enum AttachmentKind {
  pitchDeck = 'pitch_deck',
  businessPlan = 'business_plan',
  image = 'image',
  other = 'other',
}

/**
 * A file of an entry. The bytes live in file storage under a generated key; the name the
 * person gave is kept only as sanitised metadata.
 */
@Entity('entry_attachments')
export class Attachment {
  @UuidPrimaryKey()
  id!: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  entryId!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: AttachmentKind;

  @Column({ type: 'varchar', length: 120, unique: true })
  storageKey!: string;

  @Column({ type: 'varchar', length: 200 })
  originalName!: string;

  /** Detected from the content (magic bytes), never taken from the request. */
  @Column({ type: 'varchar', length: 100 })
  mediaType!: string;

  @Column({ type: 'int' })
  sizeBytes!: number;

  @Column({ type: 'varchar', length: 64 })
  sha256!: string;

  @Column({ type: 'varchar', length: 36 })
  uploadedBy!: string;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}
