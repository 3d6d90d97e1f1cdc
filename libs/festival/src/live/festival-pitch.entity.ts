import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { UuidPrimaryKey } from '@app/platform';

/**
 * A finalist's pitch in the live final: its place in its category's order and, once
 * organizers run it, when it was opened and closed. The timer is computed by every screen
 * from `openedAt` and the server's clock, so all of them show the same time.
 */
@Entity('festival_pitches')
@Index(['festivalId', 'entryId'], { unique: true })
@Index(['festivalId', 'categoryId', 'position'])
export class FestivalPitch {
  @UuidPrimaryKey()
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  festivalId!: string;

  @Column({ type: 'varchar', length: 36 })
  categoryId!: string;

  @Column({ type: 'varchar', length: 36 })
  entryId!: string;

  /** 1, 2, ... within the category. */
  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'datetime', nullable: true })
  openedAt!: Date | null;

  @Column({ type: 'datetime', nullable: true })
  closedAt!: Date | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}
