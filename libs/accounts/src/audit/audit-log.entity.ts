import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { UuidPrimaryKey } from '@app/platform';

/** Who changed what and when: roles now; scores, decisions and awards later. */
@Entity('audit_log')
export class AuditLog {
  @UuidPrimaryKey()
  id!: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  actorId!: string | null;

  @Column({ type: 'varchar', length: 64 })
  action!: string;

  @Index()
  @Column({ type: 'varchar', length: 64 })
  subjectType!: string;

  @Column({ type: 'varchar', length: 36 })
  subjectId!: string;

  @Column({ type: 'simple-json', nullable: true })
  data!: Record<string, string | number | boolean | null> | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}
