import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CertificateKind } from '@app/results';
import type {
  CertificateResponse,
  CertificateSettingsResponse,
  MyCertificateResponse,
  VerifiedCertificateResponse,
} from '@app/results';
import { ContestNameResponse, EntryTitleResponse } from './membership-response.dto';

/** Response classes of the certificate and results-name consent routes, in step with their services. */
export class PrizeNameResponse {
  @ApiProperty() nameVi!: string;
  @ApiProperty() nameEn!: string;
}

export class CertificateResponseDto implements CertificateResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty({ enum: CertificateKind }) kind!: CertificateKind;
  @ApiProperty() personName!: string;
  @ApiPropertyOptional({ nullable: true, type: PrizeNameResponse, description: 'Null: no prize' })
  prize!: PrizeNameResponse | null;
  @ApiProperty({ format: 'date-time' }) issuedAt!: string;
  @ApiProperty({ description: 'The public verification page the QR code opens' })
  verifyUrl!: string;
}

export class CertificateEntryResponse extends EntryTitleResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
}

export class MyCertificateResponseDto
  extends CertificateResponseDto
  implements MyCertificateResponse
{
  @ApiProperty({ type: CertificateEntryResponse }) entry!: CertificateEntryResponse;
  @ApiProperty({ type: ContestNameResponse }) contest!: ContestNameResponse;
}

export class VerifiedCertificateResponseDto implements VerifiedCertificateResponse {
  @ApiProperty() code!: string;
  @ApiProperty({
    enum: ['valid', 'revoked', 'withdrawn'],
    description:
      '`revoked`: what it certified no longer holds; `withdrawn`: the prize was withdrawn from the team on `withdrawnAt`',
  })
  status!: VerifiedCertificateResponse['status'];
  @ApiPropertyOptional({ type: String, nullable: true, format: 'date-time' })
  withdrawnAt!: string | null;
  @ApiProperty({ enum: CertificateKind }) kind!: CertificateKind;
  @ApiProperty() personName!: string;
  @ApiProperty({ type: ContestNameResponse }) contest!: ContestNameResponse;
  @ApiProperty() entryCode!: string;
  @ApiProperty() ideaTitle!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) teamName!: string | null;
  @ApiPropertyOptional({ nullable: true, type: PrizeNameResponse, description: 'Null: no prize' })
  prize!: PrizeNameResponse | null;
  @ApiProperty() finalRoundName!: string;
  @ApiProperty({ format: 'date-time' }) issuedAt!: string;
}

export class SignatoryResponse {
  @ApiProperty() title!: string;
  @ApiProperty() name!: string;
}

export class CertificateSettingsResponseDto implements CertificateSettingsResponse {
  @ApiProperty({ type: [String] }) organisers!: string[];
  @ApiPropertyOptional({ nullable: true, type: String }) place!: string | null;
  @ApiProperty({ type: [SignatoryResponse] }) signatories!: SignatoryResponse[];
  @ApiProperty({ description: 'True while the contest prints the defaults' }) isDefault!: boolean;
}

export class NameConsentResponse {
  @ApiProperty({ description: 'Named (name and title) on the public results' }) show!: boolean;
}
