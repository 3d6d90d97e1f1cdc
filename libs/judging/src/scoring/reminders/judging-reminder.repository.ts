import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { User } from '@app/accounts';
import { Contest, Round } from '@app/contests';
import { Notification } from '@app/notifications';
import { Assignment, AssignmentStatus } from '../../assignment/assignment.entity';
import { JUDGING_REMINDER_HORIZON_MS } from './judging-reminder-window';

/** A judge with unscored assignments in a round closing soon. */
export interface JudgingReminderCandidate {
  roundId: string;
  judgeUserId: string;
  unscored: number;
  closesAt: Date;
  roundNameVi: string;
  roundNameEn: string;
  contestNameVi: string;
  contestNameEn: string;
  email: string;
  locale: string;
  fullName: string;
  /** The judge's title ("PGS.TS."), for the formal greeting. */
  title: string | null;
}

@Injectable()
export class JudgingReminderRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Judges with assigned or in-progress work in undecided rounds closing in (now, now + 48 h]. */
  async findCandidates(now: Date): Promise<JudgingReminderCandidate[]> {
    const rows = await this.dataSource
      .createQueryBuilder()
      .from(Assignment, 'a')
      .innerJoin(Round, 'r', 'r.id = a.roundId')
      .innerJoin(Contest, 'c', 'c.id = r.contestId')
      .innerJoin(User, 'u', 'u.id = a.judgeUserId')
      .select([
        'a.roundId AS roundId',
        'a.judgeUserId AS judgeUserId',
        'COUNT(*) AS unscored',
        'MIN(r.judgingClosesAt) AS closesAt',
        'MIN(r.nameVi) AS roundNameVi',
        'MIN(r.nameEn) AS roundNameEn',
        'MIN(c.nameVi) AS contestNameVi',
        'MIN(c.nameEn) AS contestNameEn',
        'MIN(u.email) AS email',
        'MIN(u.locale) AS locale',
        'MIN(u.fullName) AS fullName',
        'MIN(u.title) AS title',
      ])
      .where('a.status IN (:...open)', {
        open: [AssignmentStatus.assigned, AssignmentStatus.inProgress],
      })
      .andWhere('r.decidedAt IS NULL')
      .andWhere('r.judgingClosesAt > :now AND r.judgingClosesAt <= :horizon', {
        now,
        horizon: new Date(now.getTime() + JUDGING_REMINDER_HORIZON_MS),
      })
      .groupBy('a.roundId')
      .addGroupBy('a.judgeUserId')
      .getRawMany<Record<string, unknown>>();
    return rows.map((row) => ({
      ...(row as unknown as JudgingReminderCandidate),
      unscored: Number(row.unscored),
      closesAt: toInstant(row.closesAt),
    }));
  }

  /** Which of these dedupe keys are already in the outbox (so a scan rewrites nothing). */
  async existingKeys(keys: string[]): Promise<Set<string>> {
    if (keys.length === 0) return new Set();
    const rows = await this.dataSource
      .getRepository(Notification)
      .find({ select: { dedupeKey: true }, where: { dedupeKey: In(keys) } });
    return new Set(rows.map((row) => row.dedupeKey));
  }
}

function toInstant(value: unknown): Date {
  if (value instanceof Date) return value;
  const text = String(value);
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text.replace(' ', 'T')}Z`);
}
