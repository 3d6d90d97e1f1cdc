import { Injectable } from '@nestjs/common';
import { In, Not, IsNull } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { Category } from '@app/contests';
import { Entry } from '@app/entries';
import { DomainError, ErrorCode, TransactionRunner } from '@app/platform';
import { finalistsOf } from '@app/results';
import { festivalOrFail } from '../programme/festival-lookup';
import { FestivalSession } from '../programme/festival-session.entity';
import type { Festival } from '../programme/festival.entity';
import type { Audience } from '../programme/festival.mapper';
import { FestivalPitch } from './festival-pitch.entity';
import { liveFinalOf } from './live-final-lookup';
import { PitchDraw } from './pitch-draw.entity';
import { newSeed, seededShuffle } from './seeded-shuffle';

export interface PitchView {
  id: string;
  position: number;
  entryId: string;
  code: string;
  title: string;
  team: string | null;
  /** `14:18`: when the team is expected on stage, from the final's session and the timer. */
  slot: string | null;
  openedAt: string | null;
  closedAt: string | null;
}

export interface CategoryOrderView {
  categoryId: string;
  nameVi: string;
  nameEn: string;
  /** How the order was made: `drawn` (with its seed, to check it), `set` by organizers, or not yet. */
  madeBy: 'drawn' | 'set' | null;
  seed: string | null;
  pitches: PitchView[];
}

export interface PitchOrderView {
  pitchMinutes: number;
  questionMinutes: number;
  categories: CategoryOrderView[];
}

/**
 * The order in which finalists pitch, per category: drawn by the platform with a recorded
 * seed (see seededShuffle) or set by organizers, and frozen once the first pitch opens.
 */
@Injectable()
export class PitchOrderService {
  constructor(private readonly tx: TransactionRunner) {}

  async view(contestId: string, audience: Audience): Promise<PitchOrderView> {
    const festival = await festivalOrFail(this.tx.manager, contestId, audience);
    return readPitchOrder(this.tx.manager, festival);
  }

  async draw(contestId: string, categoryId: string, userId: string): Promise<CategoryOrderView> {
    return this.write(contestId, categoryId, userId, (finalists) => {
      const seed = newSeed();
      const codes = seededShuffle(
        finalists.map((e) => e.code),
        seed,
      );
      return { seed, codes };
    });
  }

  async set(
    contestId: string,
    categoryId: string,
    entryIds: string[],
    userId: string,
  ): Promise<CategoryOrderView> {
    return this.write(contestId, categoryId, userId, (finalists) => {
      const byId = new Map(finalists.map((e) => [e.id, e]));
      const exact =
        new Set(entryIds).size === entryIds.length &&
        entryIds.length === finalists.length &&
        entryIds.every((id) => byId.has(id));
      if (!exact)
        throw new DomainError(
          ErrorCode.PITCH_ORDER_MISMATCH,
          'The order must name every finalist of the category exactly once, and no one else',
        );
      return { seed: null, codes: entryIds.map((id) => byId.get(id)!.code) };
    });
  }

  private async write(
    contestId: string,
    categoryId: string,
    userId: string,
    make: (finalists: Entry[]) => { seed: string | null; codes: string[] },
  ): Promise<CategoryOrderView> {
    return this.tx.runRacing(async (manager) => {
      const festival = await festivalOrFail(manager, contestId);
      const category = await manager.findOneBy(Category, { id: categoryId, contestId });
      if (!category) throw new DomainError(ErrorCode.NOT_FOUND, 'No such category in this contest');
      const started = await manager.countBy(FestivalPitch, {
        festivalId: festival.id,
        openedAt: Not(IsNull()),
      });
      if (started > 0)
        throw new DomainError(
          ErrorCode.LIVE_FINAL_IN_PROGRESS,
          'The live final has started: the pitch order is frozen',
        );
      const finalists = (await finalistsOf(manager, contestId)).filter(
        (e) => e.categoryId === categoryId,
      );
      if (finalists.length === 0)
        throw new DomainError(ErrorCode.NOT_FOUND, 'This category has no finalists');
      const { seed, codes } = make(finalists);
      const byCode = new Map(finalists.map((e) => [e.code, e]));
      await manager.delete(FestivalPitch, { festivalId: festival.id, categoryId });
      await manager.insert(
        FestivalPitch,
        codes.map((code, i) =>
          manager.create(FestivalPitch, {
            festivalId: festival.id,
            categoryId,
            entryId: byCode.get(code)!.id,
            position: i + 1,
            openedAt: null,
            closedAt: null,
          }),
        ),
      );
      await manager.insert(
        PitchDraw,
        manager.create(PitchDraw, {
          festivalId: festival.id,
          categoryId,
          seed,
          order: codes,
          madeBy: userId,
        }),
      );
      const view = await readPitchOrder(manager, festival);
      return view.categories.find((c) => c.categoryId === categoryId)!;
    }, 'Another organizer changed the pitch order at the same moment; try again');
  }
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const toClock = (minutes: number) =>
  `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Every category of the contest that has finalists, in the contest's category order. */
export async function readPitchOrder(
  manager: EntityManager,
  festival: Festival,
): Promise<PitchOrderView> {
  const [live, pitches, draws, categories, finalSessions] = await Promise.all([
    liveFinalOf(manager, festival.id),
    manager.find(FestivalPitch, {
      where: { festivalId: festival.id },
      order: { position: 'ASC' },
    }),
    manager.find(PitchDraw, { where: { festivalId: festival.id }, order: { createdAt: 'ASC' } }),
    manager.find(Category, {
      where: { contestId: festival.contestId },
      order: { position: 'ASC' },
    }),
    manager.find(FestivalSession, {
      where: { festivalId: festival.id, kind: 'final_pitches' },
      order: { startTime: 'ASC' },
    }),
  ]);
  const entries = pitches.length
    ? await manager.findBy(Entry, { id: In(pitches.map((p) => p.entryId)) })
    : [];
  const entryById = new Map(entries.map((e) => [e.id, e]));
  const lastDraw = new Map(draws.map((d) => [d.categoryId, d]));
  const step = live.pitchMinutes + live.questionMinutes;
  let start = finalSessions.length ? toMinutes(finalSessions[0].startTime) : null;
  const views: CategoryOrderView[] = [];
  for (const category of categories) {
    const own = pitches.filter((p) => p.categoryId === category.id);
    if (own.length === 0) continue;
    const draw = lastDraw.get(category.id);
    views.push({
      categoryId: category.id,
      nameVi: category.nameVi,
      nameEn: category.nameEn,
      madeBy: draw ? (draw.seed ? 'drawn' : 'set') : null,
      seed: draw?.seed ?? null,
      pitches: own.map((p) => {
        const entry = entryById.get(p.entryId);
        const slot = start === null ? null : toClock(start);
        if (start !== null) start += step;
        return {
          id: p.id,
          position: p.position,
          entryId: p.entryId,
          code: entry?.code ?? '',
          title: entry?.title ?? '',
          team: entry ? (entry.teamName ?? entry.organization ?? null) : null,
          slot,
          openedAt: p.openedAt?.toISOString() ?? null,
          closedAt: p.closedAt?.toISOString() ?? null,
        };
      }),
    });
  }
  return {
    pitchMinutes: live.pitchMinutes,
    questionMinutes: live.questionMinutes,
    categories: views,
  };
}
