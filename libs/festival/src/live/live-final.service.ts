import { Injectable, OnModuleInit } from '@nestjs/common';
import { IsNull, Not } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { Round } from '@app/contests';
import { LiveScoringGate } from '@app/judging';
import { DomainError, ErrorCode, TransactionRunner } from '@app/platform';
import { prizesToReveal, readHallState } from '../hall/hall-state';
import type { HallState } from '../hall/hall-state';
import { HallScreensService } from '../hall/hall-screens.service';
import { Festival } from '../programme/festival.entity';
import { festivalOrFail } from '../programme/festival-lookup';
import { FestivalPitch } from './festival-pitch.entity';
import { LiveFinal } from './live-final.entity';
import { liveFinalOf } from './live-final-lookup';
import type { PitchTimerDto } from './live.dto';

/**
 * The live final as organizers run it from their phones: the pitch timer, opening and
 * closing each pitch (one open at a time), and the prize-by-prize reveal after the last
 * pitch. Every change is told to the hall screens after its commit. In a live round judges
 * score only the entry whose pitch is open (PITCH_NOT_OPEN), through judging's gate.
 */
@Injectable()
export class LiveFinalService implements OnModuleInit {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly halls: HallScreensService,
    private readonly gate: LiveScoringGate,
  ) {}

  onModuleInit(): void {
    this.gate.register((manager, round, entryId) => assertPitchOpen(manager, round, entryId));
  }

  async setTimer(contestId: string, dto: PitchTimerDto): Promise<HallState> {
    return this.change(contestId, async (manager, festival) => {
      const live = await liveFinalOf(manager, festival.id);
      await manager.update(
        LiveFinal,
        { id: live.id },
        { pitchMinutes: dto.pitchMinutes, questionMinutes: dto.questionMinutes },
      );
    });
  }

  /** Opens a pitch, closing the one open before it: the hall follows one team at a time. */
  async open(contestId: string, pitchId: string): Promise<HallState> {
    return this.change(contestId, async (manager, festival) => {
      const pitch = await pitchOrFail(manager, festival, pitchId);
      const now = new Date();
      await manager.update(
        FestivalPitch,
        { festivalId: festival.id, openedAt: Not(IsNull()), closedAt: IsNull() },
        { closedAt: now },
      );
      await manager.update(FestivalPitch, { id: pitch.id }, { openedAt: now, closedAt: null });
    });
  }

  async close(contestId: string, pitchId: string): Promise<HallState> {
    return this.change(contestId, async (manager, festival) => {
      const pitch = await pitchOrFail(manager, festival, pitchId);
      if (pitch.openedAt && !pitch.closedAt)
        await manager.update(FestivalPitch, { id: pitch.id }, { closedAt: new Date() });
    });
  }

  /** Shows the next prize on the hall screen; only once every pitch is over. */
  async revealNext(contestId: string): Promise<HallState> {
    return this.change(contestId, async (manager, festival) => {
      const pitches = await manager.findBy(FestivalPitch, { festivalId: festival.id });
      if (pitches.some((p) => !p.closedAt))
        throw new DomainError(
          ErrorCode.LIVE_FINAL_IN_PROGRESS,
          'The results are revealed after the last pitch is closed',
        );
      const live = await liveFinalOf(manager, festival.id);
      const prizes = await prizesToReveal(manager, festival.contestId);
      if (live.revealedPrizes >= prizes.length)
        throw new DomainError(ErrorCode.NOTHING_TO_REVEAL, 'Every awarded prize is already shown');
      // Conditional on the count read, so two taps at once reveal one prize, not two.
      const result = await manager.update(
        LiveFinal,
        { id: live.id, revealedPrizes: live.revealedPrizes },
        { revealedPrizes: live.revealedPrizes + 1 },
      );
      if (result.affected !== 1)
        throw new DomainError(ErrorCode.CONFLICT, 'Another organizer revealed a prize just now');
    });
  }

  /** Runs an organizer's change, then tells the halls; answers with the hall's new state. */
  private async change(
    contestId: string,
    work: (manager: EntityManager, festival: Festival) => Promise<void>,
  ): Promise<HallState> {
    const state = await this.tx.run(async (manager) => {
      const festival = await festivalOrFail(manager, contestId);
      await work(manager, festival);
      return readHallState(manager, festival);
    });
    this.halls.changed(state.festivalId);
    return state;
  }
}

async function pitchOrFail(
  manager: EntityManager,
  festival: Festival,
  pitchId: string,
): Promise<FestivalPitch> {
  const pitch = await manager.findOneBy(FestivalPitch, { id: pitchId, festivalId: festival.id });
  if (!pitch) throw new DomainError(ErrorCode.NOT_FOUND, 'No such pitch in this festival');
  return pitch;
}

/** The rule judging asks about in a live round: the entry's pitch is the one open now. */
async function assertPitchOpen(manager: EntityManager, round: Round, entryId: string) {
  const festival = await manager.findOneBy(Festival, { contestId: round.contestId });
  const pitch = festival
    ? await manager.findOneBy(FestivalPitch, { festivalId: festival.id, entryId })
    : null;
  if (!pitch?.openedAt || pitch.closedAt)
    throw new DomainError(
      ErrorCode.PITCH_NOT_OPEN,
      'In the live final a team is scored while its pitch is open',
    );
}
