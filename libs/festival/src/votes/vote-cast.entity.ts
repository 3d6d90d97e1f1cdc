import { Column, Entity, Index } from 'typeorm';
import { UuidPrimaryKey } from '@app/platform';

/** Every vote and change of vote, never updated or deleted: the people's choice audit trail. */
@Entity('festival_vote_casts')
@Index(['festivalId', 'castAt'])
export class VoteCast {
  @UuidPrimaryKey()
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  festivalId!: string;

  @Column({ type: 'varchar', length: 48 })
  voter!: string;

  @Column({ type: 'varchar', length: 36 })
  entryId!: string;

  /** The choice this cast replaced; null for the voter's first vote. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  previousEntryId!: string | null;

  @Column({ type: 'datetime' })
  castAt!: Date;
}
