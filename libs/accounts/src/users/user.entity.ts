import { Column, CreateDateColumn, Entity, UpdateDateColumn } from 'typeorm';
import { UuidPrimaryKey } from '@app/platform';
import { Role } from './role';

@Entity('users')
export class User {
  @UuidPrimaryKey()
  id!: string;

  /** Stored lower-cased: e-mail addresses are unique without regard to case. */
  @Column({ type: 'varchar', length: 254, unique: true })
  email!: string;

  @Column({ type: 'varchar', length: 255 })
  passwordHash!: string;

  @Column({ type: 'varchar', length: 120 })
  fullName!: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  phone!: string | null;

  @Column({ type: 'date', nullable: true })
  dateOfBirth!: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  gender!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  organization!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  district!: string | null;

  /** Academic or professional title as the person writes it ("PGS.TS."): judges are addressed by it. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  title!: string | null;

  @Column({ type: 'varchar', length: 2, default: 'vi' })
  locale!: string;

  @Column({ type: 'varchar', length: 16, default: Role.applicant })
  role!: Role;

  @Column({ type: 'datetime', nullable: true })
  emailVerifiedAt!: Date | null;

  /** Which consent text (Law 91/2025/QH15) the person accepted, and when. */
  @Column({ type: 'varchar', length: 32 })
  consentVersion!: string;

  @Column({ type: 'datetime' })
  consentAt!: Date;

  /**
   * When the person's data was erased. The row stays, anonymised, because scores, decisions
   * and the audit trail point at it; it can never sign in again.
   */
  @Column({ type: 'datetime', nullable: true })
  erasedAt!: Date | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt!: Date;
}
