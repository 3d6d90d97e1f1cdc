import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { UuidPrimaryKey } from '@app/platform';

export enum OverrideDecision {
  advance = 'advance',
  eliminate = 'eliminate',
}

/** Where an override stands while it is live; a superseded one has none (NULL). */
export enum OverrideSlot {
  pending = 'pending',
  confirmed = 'confirmed',
}

/**
 * An organizer's departure from the proposed advancement list, with a written reason; it
 * counts only once a second organizer confirms it.
 *
 * One entry of a round has at most one pending and at most one confirmed override: the
 * unique index on (roundId, entryId, slot) says so to the database itself, so two
 * organizers acting at the same moment cannot both get a row into one slot. A superseded
 * override leaves its slot (NULL, which a unique index does not compare) and stays for the
 * record.
 */
@Entity('advancement_overrides')
@Index(['roundId', 'entryId'])
@Index('UQ_advancement_overrides_slot', ['roundId', 'entryId', 'slot'], { unique: true })
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

  /** `pending` or `confirmed` while live; NULL once superseded. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  slot!: OverrideSlot | null;

  /** The override that took this one's place, and when. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  supersededBy!: string | null;

  @Column({ type: 'datetime', nullable: true })
  supersededAt!: Date | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}
