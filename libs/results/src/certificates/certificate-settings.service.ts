import { Injectable } from '@nestjs/common';
import { AuditService } from '@app/accounts';
import { contestOrFail } from '@app/contests';
import { TransactionRunner } from '@app/platform';
import { CertificateSettings } from './certificate-settings.entity';
import type { Signatory } from './certificate-settings.entity';
import type { CertificateSettingsDto } from './certificate-settings.dto';
import { CertificateViews } from './certificate-views';

export interface CertificateSettingsResponse {
  organisers: string[];
  place: string | null;
  signatories: Signatory[];
  /** True while the contest prints the defaults (nothing saved yet). */
  isDefault: boolean;
}

/**
 * A contest's certificate settings. They apply to every download from the next one on,
 * issued certificates included: a certificate stores its code and what it certifies, and
 * prints the contest's current letterhead (the verification page never depended on it).
 */
@Injectable()
export class CertificateSettingsService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly views: CertificateViews,
    private readonly audit: AuditService,
  ) {}

  async get(contestId: string): Promise<CertificateSettingsResponse> {
    const manager = this.tx.manager;
    await contestOrFail(manager, contestId);
    const saved = await manager.findOne(CertificateSettings, { where: { contestId } });
    const settings = saved ?? (await this.views.settingsOf(manager, contestId));
    return {
      organisers: settings.organisers,
      place: settings.place,
      signatories: settings.signatories,
      isDefault: !saved,
    };
  }

  async save(
    actorId: string,
    contestId: string,
    dto: CertificateSettingsDto,
  ): Promise<CertificateSettingsResponse> {
    await this.tx.run(async (manager) => {
      await contestOrFail(manager, contestId);
      const row = {
        contestId,
        organisers: dto.organisers.map((line) => line.trim()),
        place: dto.place || null,
        signatories: dto.signatories.map((s) => ({ title: s.title, name: s.name })),
      };
      // save() is an upsert on the primary key (the contest), on both databases.
      await manager.save(CertificateSettings, row);
      await this.audit.record(manager, {
        actorId,
        action: 'certificates.settings_saved',
        subjectType: 'contest',
        subjectId: contestId,
        data: { organisers: row.organisers.join(' | '), place: row.place },
      });
    });
    return this.get(contestId);
  }
}
