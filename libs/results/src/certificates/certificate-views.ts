import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { Category, Contest } from '@app/contests';
import { Entry, TeamMember } from '@app/entries';
import { AppConfig } from '@app/platform';
import { Certificate } from './certificate.entity';
import { CertificateSettings } from './certificate-settings.entity';
import type { Signatory } from './certificate-settings.entity';
import { CertificateEntitlementRepository } from './certificate-entitlement.repository';
import type { CertificateView } from './certificate.pdf';

/** What a contest without its own settings prints. */
export const DEFAULT_CERTIFICATE_SETTINGS: Pick<
  CertificateSettings,
  'organisers' | 'place' | 'signatories'
> = {
  organisers: ['Ban tổ chức'],
  place: null,
  signatories: [
    { title: 'Trưởng ban giám khảo', name: '' },
    { title: 'TM. Ban tổ chức', name: '' },
  ],
};

export interface PrintableCertificate {
  certificate: Certificate;
  view: CertificateView;
}

/**
 * The printed form of certificates of one contest, loaded in a few queries whatever their
 * number (a contest's ZIP prints hundreds). A certificate whose member or entry row is gone
 * is left out: there is no one left to print it for.
 */
@Injectable()
export class CertificateViews {
  constructor(
    private readonly config: AppConfig,
    private readonly entitlements: CertificateEntitlementRepository,
  ) {}

  verifyUrl(code: string): string {
    return `${this.config.publicUrl}/certificates/verify/${code}`;
  }

  async settingsOf(manager: EntityManager, contestId: string) {
    const row = await manager.findOne(CertificateSettings, { where: { contestId } });
    return row ?? { contestId, ...DEFAULT_CERTIFICATE_SETTINGS };
  }

  async build(
    manager: EntityManager,
    contest: Contest,
    certificates: Certificate[],
  ): Promise<PrintableCertificate[]> {
    if (certificates.length === 0) return [];
    const [settings, final, members, entries] = await Promise.all([
      this.settingsOf(manager, contest.id),
      this.entitlements.finalRound(manager, contest.id),
      this.inChunks(
        certificates.map((c) => c.memberId),
        (ids) => manager.find(TeamMember, { where: { id: In(ids) } }),
      ),
      this.inChunks(
        certificates.map((c) => c.entryId),
        (ids) => manager.find(Entry, { where: { id: In(ids) } }),
      ),
    ]);
    const categories = await manager.find(Category, { where: { contestId: contest.id } });
    const member = new Map(members.map((m) => [m.id, m]));
    const entry = new Map(entries.map((e) => [e.id, e]));
    const category = new Map(categories.map((c) => [c.id, c]));
    return certificates.flatMap((certificate) => {
      const m = member.get(certificate.memberId);
      const e = entry.get(certificate.entryId);
      if (!m || !e) return [];
      const view: CertificateView = {
        code: certificate.code,
        verifyUrl: this.verifyUrl(certificate.code),
        personName: m.fullName,
        teamName: e.teamName,
        entryCode: e.code,
        ideaTitle: e.title,
        categoryName: category.get(e.categoryId)?.nameVi ?? null,
        contestName: contest.nameVi,
        organisers: settings.organisers,
        place: settings.place,
        issuedAt: certificate.issuedAt,
        prizeName: certificate.prizeNameVi,
        finalRoundName: final?.nameVi ?? 'Vòng chung kết',
        signatories: settings.signatories as Signatory[],
      };
      return [{ certificate, view }];
    });
  }

  private async inChunks<T>(ids: string[], load: (ids: string[]) => Promise<T[]>): Promise<T[]> {
    const unique = [...new Set(ids)];
    const out: T[] = [];
    for (let i = 0; i < unique.length; i += 200)
      out.push(...(await load(unique.slice(i, i + 200))));
    return out;
  }
}
