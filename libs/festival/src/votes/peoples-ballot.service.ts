import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError, ErrorCode, TransactionRunner } from '@app/platform';
import { finalistsOf } from '@app/results';
import { votingState } from '../hall/hall-state';
import type { HallState } from '../hall/hall-state';
import { FestivalPass } from '../check-in/festival-pass.entity';
import { liveFinalOf } from '../live/live-final-lookup';
import { festivalOrFail } from '../programme/festival-lookup';
import { Festival } from '../programme/festival.entity';
import { PeoplesVote } from './peoples-vote.entity';
import { checkedInPassOf } from './voter-passes';

export interface BallotLine {
  entryId: string;
  code: string;
  title: string;
  team: string | null;
}

/** What a voter's phone shows: whether the vote is open, the finalists, and their own choice. */
export interface BallotView {
  voting: HallState['voting'];
  finalists: BallotLine[];
  /** The voter's current choice (an entry id), null before they vote or when unknown. */
  choice: string | null;
  /** Whether this voter may vote (a checked-in pass); false for someone not identified yet. */
  mayVote: boolean;
}

/** The people's choice ballot as voters see it, from the public page or their pass page. */
@Injectable()
export class PeoplesBallotService {
  constructor(private readonly tx: TransactionRunner) {}

  /** The public ballot; with the signed-in account's e-mail, its checked-in pass's choice. */
  async forContest(contestId: string, email?: string): Promise<BallotView> {
    const manager = this.tx.manager;
    const festival = await festivalOrFail(manager, contestId, 'public');
    const pass = email ? await checkedInPassOf(manager, festival.id, email) : null;
    return ballotOf(manager, festival, pass);
  }

  /** The ballot on a pass page: the pass votes once it has been checked in. */
  async forPass(token: string): Promise<BallotView> {
    const manager = this.tx.manager;
    const pass = await manager.findOneBy(FestivalPass, { token });
    if (!pass) throw new DomainError(ErrorCode.NOT_FOUND, 'No such pass');
    const festival = await manager.findOneByOrFail(Festival, { id: pass.festivalId });
    return ballotOf(manager, festival, pass.checkedInAt ? pass : null);
  }
}

async function ballotOf(
  manager: EntityManager,
  festival: Festival,
  pass: FestivalPass | null,
): Promise<BallotView> {
  const [live, finalists, vote] = await Promise.all([
    liveFinalOf(manager, festival.id),
    finalistsOf(manager, festival.contestId),
    pass
      ? manager.findOneBy(PeoplesVote, { festivalId: festival.id, voter: `pass:${pass.id}` })
      : Promise.resolve(null),
  ]);
  return {
    voting: votingState(live),
    finalists: finalists.map((entry) => ({
      entryId: entry.id,
      code: entry.code,
      title: entry.title,
      team: entry.teamName ?? entry.organization ?? null,
    })),
    choice: vote?.entryId ?? null,
    mayVote: pass !== null,
  };
}
