import { Column, CreateDateColumn, Entity, Index, UpdateDateColumn } from 'typeorm';
import { UuidPrimaryKey } from '@app/platform';

/** The kinds of prize, in their usual order; a special prize names itself (nameVi/nameEn). */
export const PRIZE_KINDS = ['first', 'second', 'third', 'consolation', 'special'] as const;
export type PrizeKind = (typeof PRIZE_KINDS)[number];

/** Kinds the platform proposes from the final ranking; a special prize is chosen by organizers. */
export const RANKED_PRIZE_KINDS: readonly PrizeKind[] = ['first', 'second', 'third', 'consolation'];

/**
 * A prize of a contest, e.g. "Giải Nhì" x 2 of 20,000,000 VND, or a special prize such as
 * "Giải ý tưởng của nhóm nữ khởi nghiệp". With a category it goes to that category's
 * entries only; without one, to any finalist of the contest.
 */
@Entity('contest_prizes')
@Index(['contestId', 'position'])
export class Prize {
  @UuidPrimaryKey()
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  contestId!: string;

  /** The category whose entries compete for it; null: the whole contest. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  categoryId!: string | null;

  @Column({ type: 'varchar', length: 16 })
  kind!: PrizeKind;

  @Column({ type: 'varchar', length: 200 })
  nameVi!: string;

  @Column({ type: 'varchar', length: 200 })
  nameEn!: string;

  /** In VND, whole dong; an int holds up to 2,147,483,647, well above any prize of the province. */
  @Column({ type: 'int' })
  amount!: number;

  /** How many of this prize are given (seats 1..quantity of Award). */
  @Column({ type: 'int' })
  quantity!: number;

  @Column({ type: 'int', default: 0 })
  position!: number;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt!: Date;
}
