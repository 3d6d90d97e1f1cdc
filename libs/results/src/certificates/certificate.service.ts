import { Injectable } from '@nestjs/common';
import { Readable } from 'node:stream';
import type { Principal } from '@app/accounts';
import { Contest, contestOrFail } from '@app/contests';
import { Entry, TeamMember } from '@app/entries';
import { DomainError, ErrorCode, TransactionRunner, foldVietnamese } from '@app/platform';
import { withdrawnAward } from '../awards/award-withdrawal.service';
import { Certificate, CertificateKind } from './certificate.entity';
import { mayDownload, seesEntry } from './certificate-access';
import { normalizeCertificateCode } from './certificate-code';
import { CertificateEntitlementRepository } from './certificate-entitlement.repository';
import { CertificateIssuer } from './certificate-issuer';
import { toCertificateResponse, toVerifiedCertificate } from './certificate.mapper';
import type {
  CertificateResponse,
  CertificateVerdict,
  VerifiedCertificateResponse,
} from './certificate.mapper';
import { renderCertificate } from './certificate.pdf';
import { CertificateViews } from './certificate-views';
import type { PrintableCertificate } from './certificate-views';

export interface CertificateFile {
  stream: Readable;
  fileName: string;
}

/** A file name without diacritics or spaces: `nguyen-thi-anh-tuyet`. */
export const fileSlug = (text: string) =>
  foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'x';

export const certificateFileName = ({ certificate, view }: PrintableCertificate) =>
  `giay-chung-nhan-${view.entryCode}-${fileSlug(view.personName)}-${certificate.code}.pdf`;

/**
 * Certificates of a team: listed and downloaded by those who may (certificate-access.ts),
 * issued on first sight so the code never changes; and the public verification of a code.
 */
@Injectable()
export class CertificateService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly entitlements: CertificateEntitlementRepository,
    private readonly issuer: CertificateIssuer,
    private readonly views: CertificateViews,
  ) {}

  /**
   * The entry's certificates the caller may download: the whole team's for the leader and
   * organizers, one's own for a member. Empty while the entry has not reached the final.
   * Another team's entry is "not found".
   */
  async forEntry(principal: Principal, entryId: string): Promise<CertificateResponse[]> {
    const { entry, members, contest } = await this.entryFor(principal, entryId);
    const printable = await this.printable(contest, entry.id);
    const member = new Map(members.map((m) => [m.id, m]));
    return printable
      .filter((p) => mayDownload(principal, entry, member.get(p.certificate.memberId)!))
      .map(toCertificateResponse);
  }

  /** One certificate as a PDF; a teammate's for a member who is not the leader is 403. */
  async pdf(
    principal: Principal,
    entryId: string,
    certificateId: string,
  ): Promise<CertificateFile> {
    const { entry, members, contest } = await this.entryFor(principal, entryId);
    const printable = (await this.printable(contest, entry.id)).find(
      (p) => p.certificate.id === certificateId,
    );
    if (!printable) throw new DomainError(ErrorCode.NOT_FOUND, 'No such certificate of this entry');
    const member = members.find((m) => m.id === printable.certificate.memberId)!;
    if (!mayDownload(principal, entry, member))
      throw new DomainError(
        ErrorCode.FORBIDDEN,
        "Only the leader downloads a teammate's certificate",
      );
    return {
      stream: Readable.from([await renderCertificate(printable.view)]),
      fileName: certificateFileName(printable),
    };
  }

  /**
   * What a code certifies, for anyone holding the paper. A malformed code is refused
   * before any lookup (400); a well-formed one we never issued is 404, never a hint.
   */
  async verify(input: unknown): Promise<VerifiedCertificateResponse> {
    const code = normalizeCertificateCode(input);
    if (!code)
      throw new DomainError(ErrorCode.VALIDATION_FAILED, 'This is not a certificate code', [
        {
          field: 'code',
          code: 'notFormat',
          messages: ['A code has three groups of four characters'],
        },
      ]);
    const manager = this.tx.manager;
    const certificate = await manager.findOne(Certificate, { where: { code } });
    const contest =
      certificate && (await manager.findOne(Contest, { where: { id: certificate.contestId } }));
    const [printable] = contest ? await this.views.build(manager, contest, [certificate]) : [];
    if (!contest || !printable)
      throw new DomainError(ErrorCode.NOT_FOUND, 'No certificate of ours has this code');
    const still = await this.entitlements.of(manager, contest.id, certificate.entryId);
    const valid = still.some(
      (e) =>
        e.memberId === certificate.memberId &&
        e.kind === certificate.kind &&
        e.prizeKey === certificate.prizeKey,
    );
    return toVerifiedCertificate(printable, contest, await this.verdict(certificate, valid));
  }

  /** Valid; else withdrawn when its prize was taken back from the team; else revoked. */
  private async verdict(certificate: Certificate, valid: boolean): Promise<CertificateVerdict> {
    if (valid) return { status: 'valid', withdrawnAt: null };
    const withdrawn =
      certificate.kind === CertificateKind.prize
        ? await withdrawnAward(this.tx.manager, certificate.prizeKey, certificate.entryId)
        : null;
    return withdrawn
      ? { status: 'withdrawn', withdrawnAt: withdrawn.supersededAt }
      : { status: 'revoked', withdrawnAt: null };
  }

  /** Every certificate a contest owes, issued and ready to print (for the organizers' ZIP). */
  async printableOfContest(
    contestId: string,
  ): Promise<{ contest: Contest; printable: PrintableCertificate[] }> {
    const contest = await contestOrFail(this.tx.manager, contestId);
    return { contest, printable: await this.printable(contest) };
  }

  private async printable(contest: Contest, entryId?: string): Promise<PrintableCertificate[]> {
    const manager = this.tx.manager;
    const owed = await this.entitlements.of(manager, contest.id, entryId);
    const certificates = await this.issuer.issue(owed);
    return this.views.build(manager, contest, certificates);
  }

  private async entryFor(principal: Principal, entryId: string) {
    const manager = this.tx.manager;
    const entry = await manager.findOne(Entry, { where: { id: entryId } });
    const members = entry ? await manager.find(TeamMember, { where: { entryId } }) : [];
    if (!entry || !seesEntry(principal, entry, members))
      throw new DomainError(ErrorCode.NOT_FOUND, 'Entry not found');
    const contest = await contestOrFail(manager, entry.contestId);
    return { entry, members, contest };
  }
}
