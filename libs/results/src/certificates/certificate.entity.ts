import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { UuidPrimaryKey } from '@app/platform';

export enum CertificateKind {
  /** A member of a team that reached the contest's last round. */
  participation = 'participation',
  /** A member of a team awarded a prize. */
  prize = 'prize',
}

/**
 * A certificate as issued: its verification code is printed on the paper, so the row is
 * written once per member, kind and prize and every later download prints the same code.
 */
@Entity('certificates')
@Index(['memberId', 'kind', 'prizeKey'], { unique: true })
export class Certificate {
  @UuidPrimaryKey()
  id!: string;

  /** Random, unguessable (see certificate-code.ts); what the QR code and the verify page carry. */
  @Column({ type: 'varchar', length: 16, unique: true })
  code!: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  contestId!: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  entryId!: string;

  /** The team member (entry_members row) the certificate names. */
  @Column({ type: 'varchar', length: 36 })
  memberId!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: CertificateKind;

  /** The prize's key for a prize certificate, '' for participation (so the unique index holds on both databases). */
  @Column({ type: 'varchar', length: 40, default: '' })
  prizeKey!: string;

  /** The prize's Vietnamese and English names as printed; null for participation. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  prizeNameVi!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  prizeNameEn!: string | null;

  @CreateDateColumn({ type: 'datetime' })
  issuedAt!: Date;
}
