import { Injectable, OnModuleInit } from '@nestjs/common';
import { In } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { PersonalDataRegistry } from '@app/accounts';
import type { DataSubject, Erasure, PersonalDataContributor, TableCoverage } from '@app/accounts';
import { FestivalGuest } from '../guests/festival-guest.entity';
import { FestivalGuestSeat } from '../guests/festival-guest-seat.entity';
import { FestivalPass } from './festival-pass.entity';

/**
 * Guests and passes are matched by e-mail address (a guest needs no account). Erasure
 * deletes them: a registration or a pass has no use without its person, and the
 * admissions left behind keep only the pass id, so the arrival counts stay right.
 */
@Injectable()
export class CheckInPersonalData implements PersonalDataContributor, OnModuleInit {
  readonly section = 'festivalPasses';
  readonly tables: TableCoverage[] = [
    {
      table: 'festival_guests',
      personal: {
        fullName: 'deleted',
        organisation: 'deleted',
        email: 'deleted',
        phone: 'deleted',
      },
    },
    { table: 'festival_guest_seats', personal: { guestId: 'deleted with the guest' } },
    { table: 'festival_passes', personal: { fullName: 'deleted', email: 'deleted' } },
    {
      table: 'festival_check_ins',
      personal: {
        passId: 'kept: points at a deleted pass, counted as an arrival only',
        staffUserId: 'kept: the staff account that admitted someone, erased with that account',
      },
    },
  ];

  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async exportData(manager: EntityManager, subject: DataSubject): Promise<unknown> {
    const [guests, passes] = await Promise.all([
      manager.findBy(FestivalGuest, { email: subject.email }),
      manager.findBy(FestivalPass, { email: subject.email }),
    ]);
    return {
      registrations: guests.map((g) => ({
        festivalId: g.festivalId,
        fullName: g.fullName,
        organisation: g.organisation,
        phone: g.phone,
        registeredAt: g.createdAt,
      })),
      passes: passes.map((p) => ({
        festivalId: p.festivalId,
        role: p.role,
        fullName: p.fullName,
        checkedInAt: p.checkedInAt,
      })),
    };
  }

  async erase(manager: EntityManager, erasure: Erasure): Promise<void> {
    const guests = await manager.findBy(FestivalGuest, { email: erasure.email });
    if (guests.length > 0) {
      await manager.delete(FestivalGuestSeat, { guestId: In(guests.map((g) => g.id)) });
      await manager.delete(FestivalGuest, { id: In(guests.map((g) => g.id)) });
    }
    await manager.delete(FestivalPass, { email: erasure.email });
  }
}
