import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { User } from '@app/accounts';
import { Category, Contest, Round } from '@app/contests';
import { Entry } from '@app/entries';
import { ContestJudge, JudgeStatus } from '@app/judging';
import { DomainError, ErrorCode, toVietnamIsoOrNull, TransactionRunner } from '@app/platform';
import { Prize } from '@app/contests';
import { AnnouncedOutcome } from '../announcement/announced-outcome.entity';
import { Announcement } from '../announcement/announcement.entity';
import { toPublicResults } from './public-results.mapper';
import type { PublicResults } from './public-results.mapper';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The public results of a contest as its latest announcement version states them (not as
 * the awards stand now: a change is public only once announced as a correction). 404 for
 * an unknown contest and for one not announced yet, so nothing leaks before the day.
 */
@Injectable()
export class PublicResultsService {
  constructor(private readonly tx: TransactionRunner) {}

  /** By id or by slug: the API takes either, the page its slug. */
  async results(idOrSlug: string): Promise<PublicResults> {
    const manager = this.tx.manager;
    const contest = await manager.findOneBy(
      Contest,
      UUID.test(idOrSlug) ? { id: idOrSlug } : { slug: idOrSlug },
    );
    const versions = contest
      ? await manager.find(Announcement, {
          where: { contestId: contest.id },
          order: { version: 'ASC' },
        })
      : [];
    const latest = versions.at(-1);
    if (!contest || !latest)
      throw new DomainError(ErrorCode.NOT_FOUND, 'No results announced for this contest');
    const outcomes = await manager.find(AnnouncedOutcome, {
      where: { announcementId: latest.id },
    });
    const shown = outcomes.filter((o) => o.kind === 'prize' || o.kind === 'finalist');
    const [entries, categories, prizes, rounds, judges] = await Promise.all([
      shown.length
        ? manager.find(Entry, { where: { id: In(shown.map((o) => o.entryId)) } })
        : Promise.resolve([]),
      manager.find(Category, { where: { contestId: contest.id }, order: { position: 'ASC' } }),
      manager.find(Prize, {
        where: { contestId: contest.id },
        order: { position: 'ASC', createdAt: 'ASC' },
      }),
      manager.find(Round, { where: { contestId: contest.id }, order: { position: 'ASC' } }),
      namedJudges(manager, contest.id),
    ]);
    return toPublicResults({
      contest,
      versions: versions.map((v) => ({
        version: v.version,
        at: toVietnamIsoOrNull(v.createdAt) ?? '',
      })),
      outcomes: shown,
      entries: new Map(entries.map((e) => [e.id, e])),
      categories,
      prizes,
      rounds,
      judges,
    });
  }
}

/** Judges who accepted and agreed to be named, by name; erased accounts never. */
async function namedJudges(manager: EntityManager, contestId: string) {
  const rows = await manager.find(ContestJudge, {
    where: { contestId, status: JudgeStatus.accepted, showNameOnResults: true },
  });
  if (rows.length === 0) return [];
  const users = await manager.find(User, { where: { id: In(rows.map((r) => r.userId)) } });
  return users
    .filter((user) => !user.erasedAt)
    .map((user) => ({ fullName: user.fullName, title: user.title ?? null }))
    .sort((a, b) => a.fullName.localeCompare(b.fullName, 'vi'));
}
