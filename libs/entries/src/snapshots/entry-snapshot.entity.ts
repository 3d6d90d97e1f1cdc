import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { UuidPrimaryKey } from '@app/platform';

/**
 * The entry as it was submitted (form, team, files), frozen. Each submission adds one;
 * since edits stop at the deadline, the last one is the version judges see.
 */
@Entity('entry_snapshots')
@Index(['entryId', 'revision'], { unique: true })
export class EntrySnapshot {
  @UuidPrimaryKey()
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  entryId!: string;

  @Column({ type: 'int' })
  revision!: number;

  @Column({ type: 'simple-json' })
  content!: Record<string, unknown>;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}
