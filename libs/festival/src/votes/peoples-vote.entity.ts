import { Column, Entity, Index } from 'typeorm';
import { UuidPrimaryKey } from '@app/platform';

/**
 * A voter's current choice in the people's choice vote. The unique (festival, voter) makes
 * one vote per person a rule of the database: a second vote changes this row, and every
 * cast is also kept in `festival_vote_casts` for the audit.
 */
@Entity('festival_votes')
@Index(['festivalId', 'voter'], { unique: true })
@Index(['festivalId', 'entryId'])
export class PeoplesVote {
  @UuidPrimaryKey()
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  festivalId!: string;

  /** `user:<id>` or `code:<id of the badge code>`: never the code itself. */
  @Column({ type: 'varchar', length: 48 })
  voter!: string;

  @Column({ type: 'varchar', length: 36 })
  entryId!: string;

  @Column({ type: 'datetime' })
  firstCastAt!: Date;

  @Column({ type: 'datetime' })
  castAt!: Date;

  /** How many times the voter changed their choice. */
  @Column({ type: 'int', default: 0 })
  changes!: number;
}
