import { Column, CreateDateColumn, Entity, Index, UpdateDateColumn } from 'typeorm';
import { UuidPrimaryKey } from '@app/platform';

/**
 * A booth of the exhibition: a finalist team's (entryId) or a partner unit's
 * (partnerName), never both. Its number is what visitors look for on the floor plan.
 */
@Entity('festival_booths')
@Index(['festivalId', 'number'], { unique: true })
export class FestivalBooth {
  @UuidPrimaryKey()
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  festivalId!: string;

  /** `A12`, `7`: as painted on the booth. */
  @Column({ type: 'varchar', length: 16 })
  number!: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  entryId!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  partnerName!: string | null;

  /** What a partner unit shows (its product or solution); a team's booth shows its idea. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  partnerShowcase!: string | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt!: Date;
}
