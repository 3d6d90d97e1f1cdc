import { Injectable, OnModuleInit } from '@nestjs/common';
import { In } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { PersonalDataRegistry } from '@app/accounts';
import type { DataSubject, Erasure, PersonalDataContributor, TableCoverage } from '@app/accounts';
import { FestivalPass } from '../check-in/festival-pass.entity';
import { VoteCast } from './vote-cast.entity';

/**
 * The live final's part in personal data: a people's choice vote and its history point at
 * the voter's pass (`pass:<id>`), which holds the name and e-mail. Erasure deletes the pass
 * (the check-in part), so the votes stay counted (the tally stays true) under an id no one
 * can trace back; badge codes name nobody.
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
      personal: { voter: '`pass:<id>`: untraceable once the pass is erased' },
    },
    {
      table: 'festival_vote_casts',
      personal: { voter: '`pass:<id>`: untraceable once the pass is erased' },
    },
  ];

  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async exportData(manager: EntityManager, subject: DataSubject): Promise<unknown> {
    const passes = await manager.findBy(FestivalPass, { email: subject.email });
    if (passes.length === 0) return [];
    const casts = await manager.find(VoteCast, {
      where: { voter: In(passes.map((p) => `pass:${p.id}`)) },
      order: { castAt: 'ASC' },
    });
    return casts.map((c) => ({
      festivalId: c.festivalId,
      entryId: c.entryId,
      castAt: c.castAt.toISOString(),
    }));
  }

  /** Nothing of its own: the votes name a pass, and the check-in part erases the pass. */
  async erase(_manager: EntityManager, _erasure: Erasure): Promise<void> {}
}
