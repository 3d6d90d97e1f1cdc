import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Round } from '@app/contests';
import { Entry, EntryStatus, MemberConfirmation, TeamMember } from '@app/entries';
import { RoundEntry } from '@app/judging';
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
 * round-entry row there), unless the entry was withdrawn. A member listed but not
 * confirmed never took part, so gets none.
 */
@Injectable()
export class CertificateEntitlementRepository {
  async finalRound(manager: EntityManager, contestId: string): Promise<Round | null> {
    return manager.findOne(Round, { where: { contestId }, order: { position: 'DESC' } });
  }

  /** The contest's entitlements, or one entry's when `entryId` is given; in entry-code, member order. */
  async of(manager: EntityManager, contestId: string, entryId?: string): Promise<Entitlement[]> {
    return this.participation(manager, contestId, entryId);
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
