import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** One signature block: the signer's title (may span lines) and name. */
export interface Signatory {
  title: string;
  name: string;
}

/**
 * What a contest's certificates print besides the contest itself: the organising units in
 * the top-left corner, the place before the date and the signature blocks. A contest
 * without a row prints the defaults of certificate-layout.ts.
 */
@Entity('certificate_settings')
export class CertificateSettings {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  contestId!: string;

  /** One unit per line, the superior unit first (e.g. "UBND TỈNH QUẢNG NGÃI"). */
  @Column({ type: 'simple-json' })
  organisers!: string[];

  @Column({ type: 'varchar', length: 100, nullable: true })
  place!: string | null;

  @Column({ type: 'simple-json' })
  signatories!: Signatory[];

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt!: Date;
}
