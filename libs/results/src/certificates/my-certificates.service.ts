import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { Principal } from '@app/accounts';
import { Contest } from '@app/contests';
import { TransactionRunner } from '@app/platform';
import { entriesOfPerson, latestAnnouncements } from '../public-results/member-entries';
import { CertificateService } from './certificate.service';
import type { CertificateResponse } from './certificate.mapper';

/** A certificate in the caller's list across entries: what it is and whose entry (its PDF is the entry's route). */
export interface MyCertificateResponse extends CertificateResponse {
  entry: { id: string; code: string; title: string };
  contest: { slug: string; nameVi: string; nameEn: string };
}

/**
 * Every certificate the signed-in person may download, across the entries they lead or
 * are a member of: per entry the same list as its certificates page (the leader gets the
 * team's, a member their own). Only of announced contests: a prize certificate would tell
 * the prize before the organizers do.
 */
@Injectable()
export class MyCertificatesService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly certificates: CertificateService,
  ) {}

  async list(principal: Principal): Promise<MyCertificateResponse[]> {
    const manager = this.tx.manager;
    const entries = await entriesOfPerson(manager, principal);
    const latest = await latestAnnouncements(
      manager,
      entries.map((e) => e.contestId),
    );
    const announced = entries.filter((e) => latest.has(e.contestId));
    if (announced.length === 0) return [];
    const contests = await manager.find(Contest, { where: { id: In([...latest.keys()]) } });
    const contestOf = new Map(contests.map((c) => [c.id, c]));
    const out: MyCertificateResponse[] = [];
    for (const entry of announced) {
      const contest = contestOf.get(entry.contestId)!;
      for (const certificate of await this.certificates.forEntry(principal, entry.id))
        out.push({
          ...certificate,
          entry: { id: entry.id, code: entry.code, title: entry.title },
          contest: { slug: contest.slug, nameVi: contest.nameVi, nameEn: contest.nameEn },
        });
    }
    return out;
  }
}
