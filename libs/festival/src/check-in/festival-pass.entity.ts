import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { UuidPrimaryKey } from '@app/platform';

export const PASS_ROLES = ['finalist', 'judge', 'guest'] as const;
export type PassRole = (typeof PASS_ROLES)[number];

/**
 * A personal check-in pass for one festival: a long random token (in the QR code, and
 * the secret of the holder's pass page) and a short code staff can type. `holderKey`
 * (`member:<id>`, `judge:<userId>`, `guest:<id>`) makes issuing idempotent: issuing
 * again never gives anyone a second pass.
 */
@Entity('festival_passes')
@Index(['festivalId', 'holderKey'], { unique: true })
@Index(['festivalId', 'shortCode'], { unique: true })
export class FestivalPass {
  @UuidPrimaryKey()
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  festivalId!: string;

  @Column({ type: 'varchar', length: 12 })
  role!: PassRole;

  @Column({ type: 'varchar', length: 48 })
  holderKey!: string;

  @Column({ type: 'varchar', length: 120 })
  fullName!: string;

  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 2, default: 'vi' })
  locale!: 'vi' | 'en';

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  token!: string;

  @Column({ type: 'varchar', length: 8 })
  shortCode!: string;

  /** The first admission; a later scan answers "already checked in at" this time. */
  @Column({ type: 'datetime', nullable: true })
  checkedInAt!: Date | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}
