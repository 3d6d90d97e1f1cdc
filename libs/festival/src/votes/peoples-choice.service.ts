import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { Principal } from '@app/accounts';
import { Entry } from '@app/entries';
import { ConcurrentChange, DomainError, ErrorCode, TransactionRunner } from '@app/platform';
import { finalistsOf } from '@app/results';
import { readHallState, votingState } from '../hall/hall-state';
import type { HallState } from '../hall/hall-state';
import { HallScreensService } from '../hall/hall-screens.service';
import { LiveFinal } from '../live/live-final.entity';
import { liveFinalOf } from '../live/live-final-lookup';
import { festivalOrFail } from '../programme/festival-lookup';
import { Festival } from '../programme/festival.entity';
import { FestivalPass } from '../check-in/festival-pass.entity';
import { checkedInPassOf } from './voter-passes';
import { PeoplesVote } from './peoples-vote.entity';
import { VoteCast } from './vote-cast.entity';
import { VoteCode } from './vote-code.entity';
import { VoteCodeLimiter } from './vote-code-limiter';
import { newVoteCode, voteCodeHash } from './vote-codes';
import type { CastVoteDto } from './vote.dto';

export interface VoteReceipt {
  entryId: string;
  code: string;
  /** How many times this voter has changed their choice. */
  changes: number;
}

export interface VoteAuditRow {
  voter: string;
  entryCode: string;
  previousEntryCode: string | null;
  castAt: string;
}

/** Badge codes as made: shown this once, for printing. */
export interface VoteCodesView {
  codes: string[];
}

/** The organizers' audit of the vote: every cast in time order and the number of voters. */
export interface VoteAuditView {
  casts: VoteAuditRow[];
  voters: number;
}

/**
 * The people's choice: organizers open and close the vote and reveal its tally on the
 * hall screen. A voter is a checked-in pass (from its page, or through the account with the
 * pass's e-mail) or a badge code; each has one vote (a unique row), changeable until the
 * close, and every cast is kept for the audit.
 */
@Injectable()
export class PeoplesChoiceService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly halls: HallScreensService,
    private readonly limiter: VoteCodeLimiter,
  ) {}

  open(contestId: string): Promise<HallState> {
    return this.change(contestId, (live) => {
      if (live.votingClosedAt) return {};
      return live.votingOpenedAt ? {} : { votingOpenedAt: new Date() };
    });
  }

  close(contestId: string): Promise<HallState> {
    return this.change(contestId, (live) => {
      if (!live.votingOpenedAt)
        throw new DomainError(ErrorCode.VOTING_CLOSED, 'The vote has not been opened');
      return live.votingClosedAt ? {} : { votingClosedAt: new Date() };
    });
  }

  /** Shows the tally on the hall screen; only once the vote is closed, so it is final. */
  reveal(contestId: string): Promise<HallState> {
    return this.change(contestId, (live) => {
      if (!live.votingClosedAt)
        throw new DomainError(
          ErrorCode.LIVE_FINAL_IN_PROGRESS,
          'The tally is revealed once the vote is closed',
        );
      return live.tallyRevealedAt ? {} : { tallyRevealedAt: new Date() };
    });
  }

  /** Makes badge codes; they are shown this once, only their hashes are kept. */
  async makeCodes(contestId: string, count: number): Promise<VoteCodesView> {
    return this.tx.run(async (manager) => {
      const festival = await festivalOrFail(manager, contestId);
      const codes = Array.from({ length: count }, newVoteCode);
      for (let i = 0; i < codes.length; i += 500)
        await manager.insert(
          VoteCode,
          codes
            .slice(i, i + 500)
            .map((code) =>
              manager.create(VoteCode, { festivalId: festival.id, codeHash: voteCodeHash(code) }),
            ),
        );
      return { codes };
    });
  }

  /** A vote by a badge code, or by a signed-in account holding a checked-in pass. */
  async cast(
    contestId: string,
    dto: CastVoteDto,
    principal: Principal | undefined,
    client: string,
  ): Promise<VoteReceipt> {
    const festival = await festivalOrFail(this.tx.manager, contestId, 'public');
    const voter = await this.voterOf(festival, dto, principal, client);
    return this.record(festival, voter, dto.entryId);
  }

  /** A vote from a pass holder's own pass page (the pass's token is its secret). */
  async castWithPass(token: string, entryId: string): Promise<VoteReceipt> {
    const pass = await this.tx.manager.findOneBy(FestivalPass, { token });
    if (!pass) throw new DomainError(ErrorCode.NOT_FOUND, 'No such pass');
    if (!pass.checkedInAt) throw needsCheckIn();
    const festival = await this.tx.manager.findOneByOrFail(Festival, { id: pass.festivalId });
    return this.record(festival, `pass:${pass.id}`, entryId);
  }

  private record(festival: Festival, voter: string, entryId: string): Promise<VoteReceipt> {
    const contestId = festival.contestId;
    return this.tx.runRacing(async (manager) => {
      const live = await liveFinalOf(manager, festival.id);
      if (votingState(live) !== 'open')
        throw new DomainError(ErrorCode.VOTING_CLOSED, 'The people’s choice vote is not open');
      const entry = await finalistOrFail(manager, contestId, entryId);
      const now = new Date();
      const existing = await manager.findOneBy(PeoplesVote, { festivalId: festival.id, voter });
      if (existing?.entryId === entry.id)
        return { entryId: entry.id, code: entry.code, changes: existing.changes };
      if (existing) {
        // Conditional on the choice read: of two changes at once one applies and the other
        // runs again on top of it, so each change is counted and kept once.
        const result = await manager.update(
          PeoplesVote,
          { id: existing.id, entryId: existing.entryId },
          { entryId: entry.id, castAt: now, changes: existing.changes + 1 },
        );
        if (result.affected !== 1) throw new ConcurrentChange();
      } else
        await manager.insert(
          PeoplesVote,
          manager.create(PeoplesVote, {
            festivalId: festival.id,
            voter,
            entryId: entry.id,
            firstCastAt: now,
            castAt: now,
            changes: 0,
          }),
        );
      await manager.insert(
        VoteCast,
        manager.create(VoteCast, {
          festivalId: festival.id,
          voter,
          entryId: entry.id,
          previousEntryId: existing?.entryId ?? null,
          castAt: now,
        }),
      );
      return { entryId: entry.id, code: entry.code, changes: existing ? existing.changes + 1 : 0 };
    }, 'Your vote was being saved from another device at the same moment; try again');
  }

  /** Every cast in time order, and the current count per finalist: the organizers' audit. */
  async audit(contestId: string): Promise<VoteAuditView> {
    const festival = await festivalOrFail(this.tx.manager, contestId);
    const [casts, voters] = await Promise.all([
      this.tx.manager.find(VoteCast, {
        where: { festivalId: festival.id },
        order: { castAt: 'ASC' },
      }),
      this.tx.manager.countBy(PeoplesVote, { festivalId: festival.id }),
    ]);
    const ids = new Set(casts.flatMap((c) => [c.entryId, c.previousEntryId ?? c.entryId]));
    const entries = ids.size ? await this.tx.manager.findBy(Entry, { id: In([...ids]) }) : [];
    const codeOf = new Map(entries.map((e) => [e.id, e.code]));
    return {
      voters,
      casts: casts.map((c) => ({
        voter: c.voter,
        entryCode: codeOf.get(c.entryId) ?? '',
        previousEntryCode: c.previousEntryId ? (codeOf.get(c.previousEntryId) ?? '') : null,
        castAt: c.castAt.toISOString(),
      })),
    };
  }

  private async voterOf(
    festival: Festival,
    dto: CastVoteDto,
    principal: Principal | undefined,
    client: string,
  ): Promise<string> {
    if (dto.code !== undefined) {
      await this.limiter.assertMayTry(client);
      const code = await this.tx.manager.findOneBy(VoteCode, {
        festivalId: festival.id,
        codeHash: voteCodeHash(dto.code),
      });
      if (!code) {
        await this.limiter.wrongCode(client);
        throw new DomainError(
          ErrorCode.INVALID_VOTE_CODE,
          'This is not a vote code of this festival',
        );
      }
      return `code:${code.id}`;
    }
    if (!principal)
      throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Sign in or type the code on your badge');
    // An account alone is no voter: anyone can make accounts. It votes as the checked-in
    // pass with its e-mail, so a person has one vote whether they use the account or the pass.
    const pass = await checkedInPassOf(this.tx.manager, festival.id, principal.email);
    if (!pass) throw needsCheckIn();
    return `pass:${pass.id}`;
  }

  private async change(
    contestId: string,
    next: (live: LiveFinal) => Partial<LiveFinal>,
  ): Promise<HallState> {
    const state = await this.tx.run(async (manager) => {
      const festival = await festivalOrFail(manager, contestId);
      const live = await liveFinalOf(manager, festival.id);
      const changes = next(live);
      if (Object.keys(changes).length > 0)
        await manager.update(LiveFinal, { id: live.id }, changes);
      return readHallState(manager, festival);
    });
    this.halls.changed(state.festivalId);
    return state;
  }
}

function needsCheckIn(): DomainError {
  return new DomainError(
    ErrorCode.VOTE_NEEDS_CHECK_IN,
    'Votes come from people checked in at the festival, or from the code on a badge',
  );
}

async function finalistOrFail(manager: EntityManager, contestId: string, entryId: string) {
  const finalists = await finalistsOf(manager, contestId);
  const entry = finalists.find((e) => e.id === entryId);
  if (!entry)
    throw new DomainError(ErrorCode.VOTE_NOT_FINALIST, 'Votes go to finalists of the contest');
  return entry;
}
