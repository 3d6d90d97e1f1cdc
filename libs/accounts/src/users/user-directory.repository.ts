import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, Repository } from 'typeorm';
import { AuditLog } from '../audit/audit-log.entity';
import { Role } from './role';
import { User } from './user.entity';

export interface UserSearch {
  /** Part of a name or an e-mail address. */
  q?: string;
  role?: Role;
  limit: number;
  offset: number;
}

export interface RoleHistoryItem {
  from: string;
  to: string;
  by: string;
  actorId: string | null;
  at: Date;
}

/** The administrator's view of the accounts: search, and who changed a role when. */
@Injectable()
export class UserDirectory {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(AuditLog) private readonly audit: Repository<AuditLog>,
  ) {}

  /** Live accounts (erased ones are pseudonyms nobody manages), administrators and organizers first. */
  async search(search: UserSearch): Promise<{ users: User[]; total: number }> {
    const query = this.users.createQueryBuilder('u').where('u.erasedAt IS NULL');
    if (search.role) query.andWhere('u.role = :role', { role: search.role });
    if (search.q) {
      // Lower-cased on both sides: SQLite's LIKE folds ASCII only. `!` escapes the user's
      // `%` and `_` (a backslash means different things in MariaDB and SQLite literals).
      const pattern = `%${search.q.toLowerCase().replace(/[!%_]/g, (c) => `!${c}`)}%`;
      query.andWhere(
        new Brackets((where) =>
          where
            .where("LOWER(u.email) LIKE :pattern ESCAPE '!'", { pattern })
            .orWhere("LOWER(u.fullName) LIKE :pattern ESCAPE '!'", { pattern }),
        ),
      );
    }
    const [users, total] = await query
      .orderBy(
        `CASE u.role WHEN '${Role.admin}' THEN 0 WHEN '${Role.organizer}' THEN 1 WHEN '${Role.judge}' THEN 2 ELSE 3 END`,
      )
      .addOrderBy('u.email')
      .take(search.limit)
      .skip(search.offset)
      .getManyAndCount();
    return { users, total };
  }

  async roleHistory(userId: string): Promise<RoleHistoryItem[]> {
    const rows = await this.audit.find({
      where: { subjectType: 'user', subjectId: userId, action: 'user.role_changed' },
      order: { createdAt: 'DESC' },
      take: 20,
    });
    return rows.map((row) => ({
      from: String(row.data?.from ?? ''),
      to: String(row.data?.to ?? ''),
      by: String(row.data?.by ?? ''),
      actorId: row.actorId,
      at: row.createdAt,
    }));
  }
}
