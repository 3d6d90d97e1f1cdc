import { Column, CreateDateColumn, Entity, Index, UpdateDateColumn } from 'typeorm';
import { UuidPrimaryKey } from '@app/platform';

export enum QuestionKind {
  shortText = 'short_text',
  longText = 'long_text',
  choice = 'choice',
  number = 'number',
  url = 'url',
}

/** An extra question of a contest's entry form, so the form follows the contest's rules without a code change. */
@Entity('contest_questions')
@Index(['contestId', 'key'], { unique: true })
export class ContestQuestion {
  @UuidPrimaryKey()
  id!: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  contestId!: string;

  @Column({ type: 'varchar', length: 40 })
  key!: string;

  @Column({ type: 'varchar', length: 300 })
  labelVi!: string;

  @Column({ type: 'varchar', length: 300 })
  labelEn!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: QuestionKind;

  @Column({ type: 'boolean', default: false })
  required!: boolean;

  /** The options of a `choice` question. */
  @Column({ type: 'simple-json', nullable: true })
  options!: string[] | null;

  @Column({ type: 'int', default: 0 })
  position!: number;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt!: Date;
}
