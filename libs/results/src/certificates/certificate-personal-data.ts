import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { PersonalDataRegistry } from '@app/accounts';
import type { DataSubject, PersonalDataContributor, TableCoverage } from '@app/accounts';
import { Contest } from '@app/contests';
import { TeamMember } from '@app/entries';
import { toVietnamIso } from '@app/platform';
import { Certificate } from './certificate.entity';

/**
 * Certificates in a person's data rights. A certificate holds no name of its own: it
 * points at the team-member row, whose name the entries lib pseudonymises on erasure, so
 * the verification page of an erased person's certificate shows the pseudonym.
 */
@Injectable()
export class CertificatePersonalData implements PersonalDataContributor, OnModuleInit {
  readonly section = 'certificates';
  readonly tables: TableCoverage[] = [
    {
      table: 'certificates',
      personal: { memberId: "kept: the team-member row, pseudonymised by the entries' erasure" },
    },
    // Organising units and signers' titles of a contest: public officials' roles, no one's data.
    { table: 'certificate_settings', personal: { signatories: 'kept: public signing officials' } },
  ];

  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async exportData(manager: EntityManager, subject: DataSubject) {
    const members = await manager
      .createQueryBuilder(TeamMember, 'm')
      .select(['m.id'])
      .where('m.userId = :userId OR m.email = :email', subject)
      .getMany();
    if (members.length === 0) return [];
    const certificates = await manager.find(Certificate, {
      where: { memberId: In(members.map((m) => m.id)) },
      order: { issuedAt: 'ASC' },
    });
    const contests = certificates.length
      ? await manager.find(Contest, {
          where: { id: In([...new Set(certificates.map((c) => c.contestId))]) },
        })
      : [];
    const slug = new Map(contests.map((c) => [c.id, c.slug]));
    return certificates.map((c) => ({
      contest: slug.get(c.contestId) ?? null,
      code: c.code,
      kind: c.kind,
      prize: c.prizeNameVi,
      issuedAt: toVietnamIso(c.issuedAt),
    }));
  }
}
