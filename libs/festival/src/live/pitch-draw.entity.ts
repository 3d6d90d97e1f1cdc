import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { UuidPrimaryKey } from '@app/platform';

/**
 * How a category's pitch order was made, kept for the record: every draw and every order
 * set by hand is a row, the newest one being in effect. A drawn order keeps its seed, so
 * anyone can run `seededShuffle` again on the finalists' codes and get the same order.
 */
@Entity('festival_pitch_draws')
@Index(['festivalId', 'categoryId'])
export class PitchDraw {
  @UuidPrimaryKey()
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  festivalId!: string;

  @Column({ type: 'varchar', length: 36 })
  categoryId!: string;

  /** 64 hex digits for a draw; null when organizers set the order. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  seed!: string | null;

  /** The entries' codes in the order made, as the draw's input and output are public. */
  @Column({ type: 'simple-json' })
  order!: string[];

  @Column({ type: 'varchar', length: 36 })
  madeBy!: string;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}
