import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { UuidPrimaryKey } from '@app/platform';

export enum RoundEntryStatus {
  inRound = 'in_round',
  advanced = 'advanced',
  eliminated = 'eliminated',
}

/** An entry taking part in a round: round 1 takes the eligible entries, later rounds the advanced ones. */
@Entity('round_entries')
@Index(['roundId', 'entryId'], { unique: true })
export class RoundEntry {
  @UuidPrimaryKey()
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  roundId!: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  entryId!: string;

  @Column({ type: 'varchar', length: 16, default: RoundEntryStatus.inRound })
  status!: RoundEntryStatus;

  /** Why the entry advanced or not (the rule's verdict or an override's reason). */
  @Column({ type: 'text', nullable: true })
  decisionNote!: string | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}
