import { Body, Controller, Get, Param, ParseUUIDPipe, Put, StreamableFile } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Public, Role, Roles } from '@app/accounts';
import type { Principal } from '@app/accounts';
import {
  CertificateArchiveService,
  CertificateService,
  CertificateSettingsDto,
  CertificateSettingsService,
} from '@app/results';
import { certificateDownload } from '../certificate-download';

/** Certificates: a team's list and PDFs, the organizers' ZIP, and the public verification. */
@ApiTags('certificates')
@Controller('api/v1')
export class CertificatesController {
  constructor(
    private readonly certificates: CertificateService,
    private readonly archives: CertificateArchiveService,
    private readonly settings: CertificateSettingsService,
  ) {}

  /** The leader sees the team's, a member their own; another team's entry is 404. */
  @Get('entries/:id/certificates')
  @Roles(Role.applicant, Role.organizer, Role.admin)
  list(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() principal: Principal) {
    return this.certificates.forEntry(principal, id);
  }

  @Get('entries/:id/certificates/:certificateId.pdf')
  @Roles(Role.applicant, Role.organizer, Role.admin)
  @ApiProduces('application/pdf')
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
  @ApiProduces('application/zip')
  async zip(@Param('id', new ParseUUIDPipe()) id: string): Promise<StreamableFile> {
    return certificateDownload(await this.archives.contestZip(id), 'application/zip');
  }

  /** Organising units, place and signature blocks; the defaults until saved (`isDefault`). */
  @Get('contests/:id/certificate-settings')
  @Roles(Role.organizer)
  getSettings(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.settings.get(id);
  }

  @Put('contests/:id/certificate-settings')
  @Roles(Role.organizer)
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
  verify(@Param('code') code: string) {
    return this.certificates.verify(code);
  }
}
