import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { Round } from '@app/contests';
import { Entry, EntryStatus, MemberConfirmation, TeamMember } from '@app/entries';
import { RoundEntry } from '@app/judging';
import { AwardService } from '../awards/award.service';
import { CertificateKind } from './certificate.entity';

/** A certificate someone is owed: who, for which entry, and what it certifies. */
export interface Entitlement {
  contestId: string;
  entryId: string;
  memberId: string;
  kind: CertificateKind;
  /** '' for participation. */
  prizeKey: string;
  prizeNameVi: string | null;
  prizeNameEn: string | null;
}

/**
 * Who is owed a certificate. Participation: every confirmed member of an entry that reached
 * the contest's final round (its last round by position; an entry is in it when it has a
 * round-entry row there). Prize: every confirmed member of an entry with a confirmed award,
 * one per prize (a pending award counts for nothing until a second organizer confirms it).
 * Never for a withdrawn entry; a member listed but not confirmed never took part.
 */
@Injectable()
export class CertificateEntitlementRepository {
  constructor(private readonly awards: AwardService) {}

  async finalRound(manager: EntityManager, contestId: string): Promise<Round | null> {
    return manager.findOne(Round, { where: { contestId }, order: { position: 'DESC' } });
  }

  /** The contest's entitlements, or one entry's when `entryId` is given; in entry-code, member order. */
  async of(manager: EntityManager, contestId: string, entryId?: string): Promise<Entitlement[]> {
    const [participation, prizes] = await Promise.all([
      this.participation(manager, contestId, entryId),
      this.prizes(manager, contestId, entryId),
    ]);
    // Per member: the prize certificates first, then participation (the order of the ZIP).
    const order = new Map<string, number>();
    for (const e of [...participation, ...prizes])
      if (!order.has(e.memberId)) order.set(e.memberId, order.size);
    const all = [...prizes, ...participation];
    return all
      .map((e, i) => ({ e, i }))
      .sort((a, b) => order.get(a.e.memberId)! - order.get(b.e.memberId)! || a.i - b.i)
      .map(({ e }) => e);
  }

  private async prizes(
    manager: EntityManager,
    contestId: string,
    entryId?: string,
  ): Promise<Entitlement[]> {
    const awarded = (await this.awards.listAwards(contestId, manager)).filter(
      (a) => a.entry.status !== EntryStatus.withdrawn && (!entryId || a.entry.id === entryId),
    );
    if (awarded.length === 0) return [];
    const members = await manager.find(TeamMember, {
      where: {
        entryId: In([...new Set(awarded.map((a) => a.entry.id))]),
        confirmation: MemberConfirmation.confirmed,
      },
      order: { position: 'ASC' },
    });
    return awarded.flatMap(({ prize, entry }) =>
      members
        .filter((m) => m.entryId === entry.id)
        .map((m) => ({
          contestId,
          entryId: entry.id,
          memberId: m.id,
          kind: CertificateKind.prize,
          prizeKey: prize.id,
          prizeNameVi: prize.nameVi,
          prizeNameEn: prize.nameEn,
        })),
    );
  }

  private async participation(
    manager: EntityManager,
    contestId: string,
    entryId?: string,
  ): Promise<Entitlement[]> {
    const final = await this.finalRound(manager, contestId);
    if (!final) return [];
    const query = manager
      .createQueryBuilder(TeamMember, 'm')
      .innerJoin(Entry, 'e', 'e.id = m.entryId')
      .innerJoin(RoundEntry, 're', 're.entryId = e.id AND re.roundId = :roundId', {
        roundId: final.id,
      })
      .select('m.id', 'memberId')
      .addSelect('e.id', 'entryId')
      .where('e.contestId = :contestId', { contestId })
      .andWhere('e.status <> :withdrawn', { withdrawn: EntryStatus.withdrawn })
      .andWhere('m.confirmation = :confirmed', { confirmed: MemberConfirmation.confirmed })
      .orderBy('e.code', 'ASC')
      .addOrderBy('m.position', 'ASC');
    if (entryId) query.andWhere('e.id = :entryId', { entryId });
    const rows = await query.getRawMany<{ memberId: string; entryId: string }>();
    return rows.map((row) => ({
      contestId,
      entryId: row.entryId,
      memberId: row.memberId,
      kind: CertificateKind.participation,
      prizeKey: '',
      prizeNameVi: null,
      prizeNameEn: null,
    }));
  }
}
