import {
  Body,
  Controller,
  Get,
  Param,
  Post,
  Query,
  Req,
  Res,
  StreamableFile,
} from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Public, Role, Roles } from '@app/accounts';
import type { Principal } from '@app/accounts';
import { ContestService } from '@app/contests';
import { DomainError, ErrorCode, validateInput } from '@app/platform';
import {
  CertificateArchiveService,
  CertificateService,
  CertificateSettingsDto,
  CertificateSettingsService,
  normalizeCertificateCode,
} from '@app/results';
import { certificateDownload } from '../../certificate-download';
import { contestHeader } from '../contests/organizer-view';
import { PageRenderer, type PageRequest } from '../platform/page-renderer.service';
import { PageIdPipe } from '../platform/page-id.pipe';
import { fieldMessages } from '../i18n/field-errors';
import {
  formFieldOf,
  settingsFormOfBody,
  settingsFormOfSaved,
  settingsInput,
  type SettingsForm,
} from './certificate-settings-form';

/** Certificates: a team's page, the organizers' ZIP page and the public verification page. */
@ApiExcludeController()
@Controller()
export class CertificatePagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly contests: ContestService,
    private readonly certificates: CertificateService,
    private readonly archives: CertificateArchiveService,
    private readonly settings: CertificateSettingsService,
  ) {}

  @Get('entries/:id/certificates')
  @Roles(Role.applicant, Role.organizer, Role.admin)
  async team(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
  ) {
    const certificates = await this.certificates.forEntry(principal, id);
    return this.pages.render(request, reply, 'results/certificates', { entryId: id, certificates });
  }

  @Get('entries/:id/certificates/:certificateId.pdf')
  @Roles(Role.applicant, Role.organizer, Role.admin)
  async pdf(
    @CurrentUser() principal: Principal,
    @Param('id', PageIdPipe) id: string,
    @Param('certificateId', PageIdPipe) certificateId: string,
  ): Promise<StreamableFile> {
    return certificateDownload(
      await this.certificates.pdf(principal, id, certificateId),
      'application/pdf',
    );
  }

  @Get('organizer/contests/:id/certificates')
  @Roles(Role.organizer)
  async organizer(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Query('saved') saved: unknown,
  ) {
    const current = await this.settings.get(id);
    return this.renderOrganizer(
      request,
      reply,
      id,
      settingsFormOfSaved(current),
      {},
      {
        notice: saved !== undefined,
        isDefault: current.isDefault,
      },
    );
  }

  /** The letterhead, place and signature blocks, checked with the API's DTO. */
  @Post('organizer/contests/:id/certificates/settings')
  @Roles(Role.organizer)
  async saveSettings(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Body() body: Record<string, unknown>,
  ) {
    const form = settingsFormOfBody(body);
    const checked = validateInput(CertificateSettingsDto, settingsInput(form));
    if (!checked.ok)
      return this.renderOrganizer(
        request,
        reply,
        id,
        form,
        fieldMessages(checked.errors.map((e) => ({ ...e, field: formFieldOf(form, e.field) }))),
        {
          status: 400,
        },
      );
    await this.settings.save(principal.userId, id, checked.value);
    return reply.redirect(`/organizer/contests/${id}/certificates?saved=1`, 303);
  }

  @Get('organizer/contests/:id/certificates.zip')
  @Roles(Role.organizer)
  async zip(@Param('id', PageIdPipe) id: string): Promise<StreamableFile> {
    return certificateDownload(await this.archives.contestZip(id), 'application/zip');
  }

  /** The form for a code typed off the paper; a typed code goes to its page. */
  @Get('certificates/verify')
  @Public()
  async verifyForm(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Query('code') code: unknown,
  ) {
    if (typeof code === 'string' && code.trim() !== '') {
      const normal = normalizeCertificateCode(code);
      if (normal) return reply.redirect(`/certificates/verify/${normal}`, 303);
      return this.renderVerify(
        request,
        reply,
        { outcome: 'malformed', typed: code.slice(0, 40) },
        400,
      );
    }
    return this.renderVerify(request, reply, { outcome: 'form' }, 200);
  }

  /**
   * What the QR code opens. Genuine: who, which contest, what and when. A well-formed code
   * we never issued: 404 saying the paper is not ours; anything else: 400 with the format.
   */
  @Get('certificates/verify/:code')
  @Public()
  async verify(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Param('code') code: string,
  ) {
    try {
      const certificate = await this.certificates.verify(code);
      return this.renderVerify(request, reply, { outcome: certificate.status, certificate }, 200);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const typed = code.slice(0, 40);
      if (error.code === ErrorCode.NOT_FOUND)
        return this.renderVerify(request, reply, { outcome: 'unknown', typed }, 404);
      if (error.code === ErrorCode.VALIDATION_FAILED)
        return this.renderVerify(request, reply, { outcome: 'malformed', typed }, 400);
      throw error;
    }
  }

  private async renderOrganizer(
    request: PageRequest,
    reply: FastifyReply,
    id: string,
    form: SettingsForm,
    errors: Record<string, unknown>,
    options: { notice?: boolean; isDefault?: boolean; status?: number },
  ) {
    const contest = await this.contests.getForOrganizers(id);
    const locale = this.pages.localeOf(request);
    return this.pages.render(
      request,
      reply,
      'results/organizer-certificates',
      {
        header: contestHeader(contest, locale, 'certificates'),
        form,
        errors,
        notice: options.notice ?? false,
        isDefault: options.isDefault ?? false,
      },
      options.status ?? 200,
    );
  }

  private renderVerify(
    request: PageRequest,
    reply: FastifyReply,
    data: Record<string, unknown>,
    status: number,
  ) {
    return this.pages.render(request, reply, 'results/certificate-verify', data, status);
  }
}
