import { toVietnamIso, toVietnamIsoOrNull } from '@app/platform';
import type { Contest } from '@app/contests';
import type { PrintableCertificate } from './certificate-views';
import type { CertificateKind } from './certificate.entity';

/** A certificate in a team's list: enough to name it and download it. */
export interface CertificateResponse {
  id: string;
  code: string;
  kind: CertificateKind;
  personName: string;
  prize: { nameVi: string; nameEn: string } | null;
  issuedAt: string;
  /** The public verification page the QR code opens. */
  verifyUrl: string;
}

export type CertificateStatus = 'valid' | 'revoked' | 'withdrawn';

/** Whether what a certificate certifies still holds, and since when it does not. */
export interface CertificateVerdict {
  status: CertificateStatus;
  withdrawnAt: Date | null;
}

/** What the public verification page confirms about a genuine code. */
export interface VerifiedCertificateResponse {
  code: string;
  /**
   * `revoked`: the code is ours but what it certified no longer holds (an entry withdrawn,
   * a prize given to another entry); `withdrawn`: the prize it certifies was withdrawn
   * from the team after it was awarded, on `withdrawnAt`.
   */
  status: CertificateStatus;
  /** When the prize was withdrawn; null unless `status` is `withdrawn`. */
  withdrawnAt: string | null;
  kind: CertificateKind;
  personName: string;
  contest: { slug: string; nameVi: string; nameEn: string };
  entryCode: string;
  ideaTitle: string;
  teamName: string | null;
  prize: { nameVi: string; nameEn: string } | null;
  finalRoundName: string;
  issuedAt: string;
}

const prizeOf = ({ certificate }: PrintableCertificate) =>
  certificate.prizeNameVi
    ? {
        nameVi: certificate.prizeNameVi,
        nameEn: certificate.prizeNameEn ?? certificate.prizeNameVi,
      }
    : null;

export function toCertificateResponse(printable: PrintableCertificate): CertificateResponse {
  const { certificate, view } = printable;
  return {
    id: certificate.id,
    code: certificate.code,
    kind: certificate.kind,
    personName: view.personName,
    prize: prizeOf(printable),
    issuedAt: toVietnamIso(certificate.issuedAt),
    verifyUrl: view.verifyUrl,
  };
}

export function toVerifiedCertificate(
  printable: PrintableCertificate,
  contest: Contest,
  verdict: CertificateVerdict,
): VerifiedCertificateResponse {
  const { certificate, view } = printable;
  return {
    code: certificate.code,
    status: verdict.status,
    withdrawnAt: toVietnamIsoOrNull(verdict.withdrawnAt),
    kind: certificate.kind,
    personName: view.personName,
    contest: { slug: contest.slug, nameVi: contest.nameVi, nameEn: contest.nameEn },
    entryCode: view.entryCode,
    ideaTitle: view.ideaTitle,
    teamName: view.teamName,
    prize: prizeOf(printable),
    finalRoundName: view.finalRoundName,
    issuedAt: toVietnamIso(certificate.issuedAt),
  };
}
