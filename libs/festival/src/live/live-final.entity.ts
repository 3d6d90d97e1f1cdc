import { Column, Entity, UpdateDateColumn } from 'typeorm';
import { UuidPrimaryKey } from '@app/platform';

/**
 * The live final's settings and where the hall stands: the pitch timer, how many prizes
 * have been revealed, and the people's choice vote. One per festival, made on first use.
 */
@Entity('festival_live_finals')
export class LiveFinal {
  @UuidPrimaryKey()
  id!: string;

  @Column({ type: 'varchar', length: 36, unique: true })
  festivalId!: string;

  @Column({ type: 'int', default: 8 })
  pitchMinutes!: number;

  @Column({ type: 'int', default: 10 })
  questionMinutes!: number;

  /** Prizes shown on the hall screen so far, in reveal order (the smallest prize first). */
  @Column({ type: 'int', default: 0 })
  revealedPrizes!: number;

  @Column({ type: 'datetime', nullable: true })
  votingOpenedAt!: Date | null;

  @Column({ type: 'datetime', nullable: true })
  votingClosedAt!: Date | null;

  @Column({ type: 'datetime', nullable: true })
  tallyRevealedAt!: Date | null;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt!: Date;
}
