import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PersonalDataRegistry } from '@app/accounts';
import type { DataSubject, Erasure, PersonalDataContributor, TableCoverage } from '@app/accounts';
import { PeoplesVote } from './peoples-vote.entity';
import { VoteCast } from './vote-cast.entity';

/**
 * The live final's part in personal data: a signed-in voter's people's choice vote and its
 * history point at the account. Erasure keeps the votes counted (the tally stays true)
 * but under a pseudonym no one can trace back; badge codes name nobody.
 */
@Injectable()
export class LiveFinalPersonalData implements PersonalDataContributor, OnModuleInit {
  readonly section = 'peoplesChoice';
  readonly tables: TableCoverage[] = [
    { table: 'festival_pitches', personal: {} },
    { table: 'festival_live_finals', personal: {} },
    { table: 'festival_vote_codes', personal: {} },
    {
      table: 'festival_pitch_draws',
      personal: { madeBy: "kept: the organizer's pseudonymous account, for the draw's record" },
    },
    {
      table: 'festival_votes',
      personal: { voter: '`user:<id>` of a signed-in voter: replaced by the erasure pseudonym' },
    },
    {
      table: 'festival_vote_casts',
      personal: { voter: '`user:<id>` of a signed-in voter: replaced by the erasure pseudonym' },
    },
  ];

  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async exportData(manager: EntityManager, subject: DataSubject): Promise<unknown> {
    const casts = await manager.find(VoteCast, {
      where: { voter: `user:${subject.userId}` },
      order: { castAt: 'ASC' },
    });
    return casts.map((c) => ({
      festivalId: c.festivalId,
      entryId: c.entryId,
      castAt: c.castAt.toISOString(),
    }));
  }

  async erase(manager: EntityManager, erasure: Erasure): Promise<void> {
    const voter = `user:${erasure.userId}`;
    const pseudonym = `erased:${erasure.userId.slice(0, 8)}${Date.now().toString(36)}`;
    await manager.update(PeoplesVote, { voter }, { voter: pseudonym });
    await manager.update(VoteCast, { voter }, { voter: pseudonym });
  }
}
