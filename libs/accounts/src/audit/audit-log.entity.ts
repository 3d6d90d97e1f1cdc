import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Who changed what and when: roles now; scores, decisions and awards later. */
@Entity('audit_log')
export class AuditLog {
  @PrimaryGeneratedColumn('uuid')
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
