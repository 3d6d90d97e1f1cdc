import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { User } from '@app/accounts';
import { Contest, ContestStatus } from '@app/contests';
import { MailTemplates, Notification } from '@app/notifications';
import type { Locale } from '@app/platform';
import { Entry, EntryStatus } from '../entries/entry.entity';
import { REMINDER_HORIZON_MS, REMINDER_LEADS } from './reminder-window';

/** A draft of a contest closing soon, with what its reminder needs of the owner and the contest. */
export interface ReminderCandidate {
  entryId: string;
  code: string;
  title: string;
  contestNameVi: string;
  contestNameEn: string;
  deadline: Date;
  ownerId: string;
  email: string;
  locale: string;
  fullName: string;
}

export interface ReminderMail {
  dedupeKey: string;
  recipientEmail: string;
  recipientUserId: string;
  locale: Locale;
  data: MailTemplates['deadline-reminder'];
}

const DEDUPE_PREFIX = 'deadline-reminder:';

@Injectable()
export class DeadlineReminderRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * One query: drafts of open contests whose deadline is in (now, now + 48 h], with their
   * owners, leaving out those whose reminder of the kind due now is already in the outbox
   * (so a scan every few minutes rewrites nothing). That filter only saves work: the
   * kind is decided again by `dueReminder`, and the outbox's unique key is what
   * guarantees one mail.
   */
  async findUnreminded(now: Date): Promise<ReminderCandidate[]> {
    const qb = this.dataSource
      .createQueryBuilder()
      .from(Entry, 'e')
      .innerJoin(Contest, 'c', 'c.id = e.contestId')
      .innerJoin(User, 'u', 'u.id = e.ownerId')
      .select([
        'e.id AS entryId',
        'e.code AS code',
        'e.title AS title',
        'c.nameVi AS contestNameVi',
        'c.nameEn AS contestNameEn',
        'c.submissionDeadline AS deadline',
        'u.id AS ownerId',
        'u.email AS email',
        'u.locale AS locale',
        'u.fullName AS fullName',
      ])
      .where('e.status = :draft', { draft: EntryStatus.draft })
      .andWhere('c.status = :open', { open: ContestStatus.open })
      .andWhere('c.submissionDeadline > :now AND c.submissionDeadline <= :horizon', {
        now,
        horizon: new Date(now.getTime() + REMINDER_HORIZON_MS),
      });
    const kindCases = REMINDER_LEADS.map((lead, index) => {
      qb.setParameter(`lead${index}`, new Date(now.getTime() + lead.leadMs));
      qb.setParameter(`kind${index}`, lead.kind);
      return `WHEN c.submissionDeadline <= :lead${index} THEN :kind${index}`;
    }).join(' ');
    const reminded = qb
      .subQuery()
      .select('1')
      .from(Notification, 'n')
      .where(`n.dedupeKey = CONCAT(:dedupePrefix, CASE ${kindCases} END, ':', e.id)`)
      .getQuery();
    qb.andWhere(`NOT EXISTS ${reminded}`, { dedupePrefix: DEDUPE_PREFIX });

    const rows = await qb.getRawMany<Omit<ReminderCandidate, 'deadline'> & { deadline: unknown }>();
    return rows.map((row) => ({ ...row, deadline: toInstant(row.deadline) }));
  }
}

/** mysql2 returns DATETIME columns as Dates; SQLite gives TypeORM's UTC text `YYYY-MM-DD HH:MM:SS.SSS`. */
function toInstant(value: unknown): Date {
  if (value instanceof Date) return value;
  const text = String(value);
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text.replace(' ', 'T')}Z`);
}
