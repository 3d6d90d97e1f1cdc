import { Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Role, Roles } from '@app/accounts';
import type { Principal } from '@app/accounts';
import { AttachmentService, downloadHeaders } from '@app/entries/attachments';
import { EntryEditPage } from './entry-edit-page';
import { entryFailureOf, FILES_SECTION } from './entry-errors';
import { EntryPageData, entryIdOf } from './entry-page-data';
import { pagePartsOf } from '../platform/page-multipart';
import type { PageRequest } from '../platform/page-renderer.service';
import { attempt } from '../platform/page-form';

const principalOf = (request: PageRequest) => request.principal as Principal;

/**
 * The files of an entry from its edit page: upload (a multipart form whose CSRF token the
 * CSRF hook has already read), download with the same safe headers as the API, delete.
 */
@ApiExcludeController()
@Controller('entries/:id/files')
export class EntryFilesPagesController {
  constructor(
    private readonly attachments: AttachmentService,
    private readonly data: EntryPageData,
    private readonly editPage: EntryEditPage,
  ) {}

  @Post()
  @Roles(Role.applicant)
  async upload(@Req() request: PageRequest, @Res() reply: FastifyReply, @Param('id') id: string) {
    const principal = principalOf(request);
    const entryId = entryIdOf(id);
    const failure = await attempt(
      async () => {
        await this.attachments.upload(principal, entryId, pagePartsOf(request));
      },
      (error) => entryFailureOf(error, FILES_SECTION),
    );
    if (failure) {
      const loaded = await this.data.load(principal, entryId);
      return this.editPage.render(request, reply, loaded, failure);
    }
    return reply.redirect(`/entries/${entryId}/edit?uploaded=1#files`, 303);
  }

  @Get(':fileId')
  @Roles(Role.applicant)
  async download(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Param('id') id: string,
    @Param('fileId') fileId: string,
  ) {
    const file = await this.attachments.openForDownload(
      principalOf(request),
      entryIdOf(id),
      entryIdOf(fileId),
    );
    await reply.headers(downloadHeaders(file)).send(file.stream);
  }

  @Post(':fileId/delete')
  @Roles(Role.applicant)
  async remove(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Param('id') id: string,
    @Param('fileId') fileId: string,
  ) {
    const principal = principalOf(request);
    const entryId = entryIdOf(id);
    const failure = await attempt(
      async () => {
        await this.attachments.remove(principal, entryId, entryIdOf(fileId));
      },
      (error) => entryFailureOf(error, FILES_SECTION),
    );
    if (failure) {
      const loaded = await this.data.load(principal, entryId);
      return this.editPage.render(request, reply, loaded, failure);
    }
    return reply.redirect(`/entries/${entryId}/edit?removed=1#files`, 303);
  }
}
