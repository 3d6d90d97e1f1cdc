import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { UuidPrimaryKey } from '@app/platform/database/uuid-primary-key';

export enum OverrideDecision {
  advance = 'advance',
  eliminate = 'eliminate',
}

/**
 * An organizer's departure from the proposed advancement list, with a written reason; it
 * counts only once a second organizer confirms it.
 */
@Entity('advancement_overrides')
@Index(['roundId', 'entryId'])
export class AdvancementOverride {
  @UuidPrimaryKey()
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  roundId!: string;

  @Column({ type: 'varchar', length: 36 })
  entryId!: string;

  @Column({ type: 'varchar', length: 16 })
  decision!: OverrideDecision;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'varchar', length: 36 })
  proposedBy!: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  confirmedBy!: string | null;

  @Column({ type: 'datetime', nullable: true })
  confirmedAt!: Date | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}
