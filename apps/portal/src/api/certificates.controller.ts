import { Body, Controller, Get, Param, ParseUUIDPipe, Put, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Public, Role, Roles, SignedIn } from '@app/accounts';
import type { Principal } from '@app/accounts';
import {
  CertificateArchiveService,
  CertificateService,
  CertificateSettingsDto,
  CertificateSettingsService,
  MyCertificatesService,
} from '@app/results';
import { certificateDownload } from '../certificate-download';
import { ErrorCode } from '@app/platform';
import { ApiErrors } from './api-errors';
import { ApiTag } from './api-tags';
import { ApiFileResponse } from './responses/file-response';
import {
  CertificateResponseDto,
  CertificateSettingsResponseDto,
  MyCertificateResponseDto,
  VerifiedCertificateResponseDto,
} from './responses/certificate-response.dto';

/** Certificates: a team's list and PDFs, the organizers' ZIP, and the public verification. */
@ApiTags(ApiTag.certificates)
@Controller('api/v1')
export class CertificatesController {
  constructor(
    private readonly certificates: CertificateService,
    private readonly archives: CertificateArchiveService,
    private readonly settings: CertificateSettingsService,
    private readonly mine: MyCertificatesService,
  ) {}

  /** The leader sees the team's, a member their own; another team's entry is 404. */
  @Get('entries/:id/certificates')
  @Roles(Role.applicant, Role.organizer, Role.admin)
  @ApiOperation({
    summary: "An entry's certificates",
    description:
      "The entry's team and organizers. The certificates the caller may download: the leader the whole team's, a member their own; issued on first sight, the same code ever after. 404 for another team's entry.",
  })
  @ApiOkResponse({ type: [CertificateResponseDto] })
  list(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() principal: Principal) {
    return this.certificates.forEntry(principal, id);
  }

  @Get('me/certificates')
  @SignedIn()
  @ApiOperation({
    summary: 'Own certificates',
    description:
      "Signed in. The caller's certificates across the entries they lead or are a member of (the same rule as per entry), with entry and contest; only of announced contests.",
  })
  @ApiOkResponse({ type: [MyCertificateResponseDto] })
  myCertificates(@CurrentUser() principal: Principal) {
    return this.mine.list(principal);
  }

  @Get('entries/:id/certificates/:certificateId.pdf')
  @Roles(Role.applicant, Role.organizer, Role.admin)
  @ApiFileResponse('The certificate', 'application/pdf')
  @ApiErrors(ErrorCode.FORBIDDEN)
  @ApiOperation({
    summary: 'A certificate (PDF)',
    description:
      "The entry's team and organizers. One certificate as a PDF download. 403 FORBIDDEN for a teammate's, 404 for another team's entry.",
  })
  async pdf(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('certificateId', new ParseUUIDPipe()) certificateId: string,
    @CurrentUser() principal: Principal,
  ): Promise<StreamableFile> {
    return certificateDownload(
      await this.certificates.pdf(principal, id, certificateId),
      'application/pdf',
    );
  }

  /** Every certificate the contest owes, one PDF per member and kind, streamed as a ZIP. */
  @Get('contests/:id/certificates.zip')
  @Roles(Role.organizer)
  @ApiFileResponse('One PDF per member and kind', 'application/zip')
  @ApiOperation({
    summary: 'Every certificate of a contest (ZIP)',
    description:
      'Organizers. Every certificate the contest owes, one PDF per member and kind, streamed as a ZIP.',
  })
  async zip(@Param('id', new ParseUUIDPipe()) id: string): Promise<StreamableFile> {
    return certificateDownload(await this.archives.contestZip(id), 'application/zip');
  }

  /** Organising units, place and signature blocks; the defaults until saved (`isDefault`). */
  @Get('contests/:id/certificate-settings')
  @Roles(Role.organizer)
  @ApiOperation({
    summary: 'Certificate settings',
    description:
      'Organizers. Organising units, place and signature blocks printed on certificates; the defaults until saved (`isDefault`).',
  })
  @ApiOkResponse({ type: CertificateSettingsResponseDto })
  getSettings(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.settings.get(id);
  }

  @Put('contests/:id/certificate-settings')
  @Roles(Role.organizer)
  @ApiOperation({
    summary: 'Save certificate settings',
    description:
      'Organizers. `{organisers: string[1..4], place: string | null, signatories: [{title, name}] (1..3)}`; audited. 400 VALIDATION_FAILED.',
  })
  @ApiOkResponse({ type: CertificateSettingsResponseDto })
  saveSettings(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: CertificateSettingsDto,
    @CurrentUser() principal: Principal,
  ) {
    return this.settings.save(principal.userId, id, dto);
  }

  /** 400 for what cannot be a code, 404 for a code we never issued. */
  @Public()
  @Get('certificates/:code')
  @ApiOperation({
    summary: 'Verify a certificate code',
    description:
      'Anyone. What a code certifies: `{status: "valid" | "revoked", personName, contest, kind, prize, entryCode, ideaTitle, teamName, issuedAt}`. 400 VALIDATION_FAILED for what cannot be a code, 404 NOT_FOUND for a code never issued.',
  })
  @ApiOkResponse({ type: VerifiedCertificateResponseDto })
  verify(@Param('code') code: string) {
    return this.certificates.verify(code);
  }
}
