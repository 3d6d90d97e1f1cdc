import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { Contest, contestOrFail } from '@app/contests';
import { Entry } from '@app/entries';
import { DomainError, ErrorCode, TransactionRunner } from '@app/platform';
import { Festival } from './festival.entity';
import { FestivalBooth } from './festival-booth.entity';
import { FestivalSession } from './festival-session.entity';
import { UpsertFestivalDto } from './festival.dto';
import { festivalOrFail } from './festival-lookup';
import { toBoothResponse, toFestivalResponse } from './festival.mapper';
import { FestivalChangeMailsService } from '../mails/festival-change-mails.service';
import type { Audience, FestivalResponse } from './festival.mapper';

/** A festival as a page shows it: with the contest it belongs to. */
export interface FestivalOfContest {
  contest: Contest;
  festival: FestivalResponse;
}

/** The festival day of a contest: its details, publishing, and the programme as read. */
@Injectable()
export class FestivalService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly changeMails: FestivalChangeMailsService,
  ) {}

  /** The programme; the public gets 404 until it is published. */
  async view(contestId: string, audience: Audience): Promise<FestivalResponse> {
    const festival = await festivalOrFail(this.tx.manager, contestId, audience);
    return readProgramme(this.tx.manager, festival, audience);
  }

  /** The programme of the contest with this slug, for its public page. */
  async viewBySlug(slug: string, audience: Audience): Promise<FestivalOfContest> {
    const contest = await this.tx.manager.findOneBy(Contest, { slug });
    if (!contest) throw new DomainError(ErrorCode.NOT_FOUND, 'No such contest');
    return { contest, festival: await this.view(contest.id, audience) };
  }

  /** Whether the contest's programme is open to the public (the contest page links to it then). */
  async isPublished(contestId: string): Promise<boolean> {
    const festival = await this.tx.manager.findOneBy(Festival, { contestId });
    return !!festival?.publishedAt;
  }

  /** The festival's details, null while the contest has none (the organizers' blank form). */
  async find(contestId: string): Promise<FestivalResponse | null> {
    await contestOrFail(this.tx.manager, contestId);
    const festival = await this.tx.manager.findOneBy(Festival, { contestId });
    return festival ? readProgramme(this.tx.manager, festival, 'organizers') : null;
  }

  /**
   * Creates the contest's festival or replaces its details; sessions and booths stay. A new
   * date or venue raises the festival's and every session's SEQUENCE and, once published,
   * mails everyone the programme goes to, in this transaction.
   */
  async upsert(contestId: string, dto: UpsertFestivalDto): Promise<FestivalResponse> {
    // Two first saves at once both find no festival; the unique contestId lets one insert
    // and the other run again as an update of it.
    return this.tx.runRacing(async (manager) => {
      await contestOrFail(manager, contestId);
      const details = {
        date: dto.date,
        venue: dto.venue,
        nameVi: dto.nameVi,
        nameEn: dto.nameEn,
        descriptionVi: dto.descriptionVi ?? null,
        descriptionEn: dto.descriptionEn ?? null,
      };
      const existing = await manager.findOneBy(Festival, { contestId });
      const moved =
        !!existing && (existing.date !== details.date || existing.venue !== details.venue);
      if (existing)
        await manager.update(
          Festival,
          { id: existing.id },
          moved ? { ...details, sequence: existing.sequence + 1 } : details,
        );
      else
        await manager.insert(
          Festival,
          manager.create(Festival, { contestId, publishedAt: null, ...details }),
        );
      const saved = await manager.findOneByOrFail(Festival, { contestId });
      if (moved) {
        // Every event's place or time changed: calendars take them only with a higher SEQUENCE.
        await manager.increment(FestivalSession, { festivalId: saved.id }, 'sequence', 1);
        await this.changeMails.dayChanged(manager, saved);
      }
      return readProgramme(manager, saved, 'organizers');
    }, 'The festival was saved by another organizer at the same moment; try again');
  }

  /** Opens the programme to the public; publishing again keeps the first publication time. */
  async publish(contestId: string): Promise<FestivalResponse> {
    return this.tx.run(async (manager) => {
      const festival = await festivalOrFail(manager, contestId);
      if (festival.publishedAt === null) {
        festival.publishedAt = new Date();
        await manager.update(Festival, { id: festival.id }, { publishedAt: festival.publishedAt });
      }
      return readProgramme(manager, festival, 'organizers');
    });
  }
}

/** The festival with its sessions and booths, booths shown with their team's idea. */
export async function readProgramme(
  manager: EntityManager,
  festival: Festival,
  audience: Audience,
): Promise<FestivalResponse> {
  const [sessions, booths, contest] = await Promise.all([
    manager.findBy(FestivalSession, { festivalId: festival.id }),
    manager.findBy(FestivalBooth, { festivalId: festival.id }),
    manager.findOneByOrFail(Contest, { id: festival.contestId }),
  ]);
  const entryIds = booths.flatMap((b) => (b.entryId ? [b.entryId] : []));
  const entries = entryIds.length
    ? await manager.findBy(Entry, { id: In([...new Set(entryIds)]) })
    : [];
  const byId = new Map(entries.map((e) => [e.id, e]));
  return toFestivalResponse(
    festival,
    sessions,
    booths.map((b) => toBoothResponse(b, byId, contest.fields ?? [], audience)),
    audience,
  );
}
