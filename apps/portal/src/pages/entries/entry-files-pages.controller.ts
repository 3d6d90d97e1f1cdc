import { Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Role, Roles } from '@app/accounts';
import type { Principal } from '@app/accounts';
import { AttachmentService, downloadHeaders } from '@app/entries/attachments';
import { EntryService } from '@app/entries';
import type { UploadPart } from '@app/entries/attachments/upload-parts';
import { AppConfig } from '@app/platform';
import { EntryEditPage } from './entry-edit-page';
import type { EditPageState } from './entry-edit-page';
import { entryFailureOf, FILES_SECTION } from './entry-errors';
import { formValuesOf, toUpdate } from './entry-form-input';
import { EntryPageData, entryIdOf } from './entry-page-data';
import {
  attachmentParts,
  carriesDraft,
  drainUploadForm,
  hasChosenFile,
  readUploadForm,
} from './entry-upload-form';
import type { UploadForm } from './entry-upload-form';
import { pagePartsOf } from '../platform/page-multipart';
import type { PageRequest } from '../platform/page-renderer.service';
import { attempt } from '../platform/page-form';

const principalOf = (request: PageRequest) => request.principal as Principal;
const emptyParts = (): AsyncIterable<UploadPart> => ({
  [Symbol.asyncIterator]: () => ({ next: () => Promise.resolve({ done: true, value: undefined }) }),
});

/**
 * The files of an entry from its edit page: upload (the edit form sent as multipart, whose
 * CSRF token the CSRF hook has already read), download with the same safe headers as the
 * API, delete.
 */
@ApiExcludeController()
@Controller('entries/:id/files')
export class EntryFilesPagesController {
  constructor(
    private readonly attachments: AttachmentService,
    private readonly data: EntryPageData,
    private readonly editPage: EntryEditPage,
    private readonly entries: EntryService,
    private readonly config: AppConfig,
  ) {}

  /**
   * Saves what was typed in the form, then stores the file: a refused file (type, size)
   * loses nothing that was typed. A form that cannot be saved stores no file either and
   * comes back with its errors and everything typed.
   */
  @Post()
  @Roles(Role.applicant)
  async upload(@Req() request: PageRequest, @Res() reply: FastifyReply, @Param('id') id: string) {
    const principal = principalOf(request);
    const entryId = entryIdOf(id);
    let form: UploadForm | undefined;
    const unread = await attempt(
      async () => {
        form = await readUploadForm(pagePartsOf(request) ?? emptyParts(), this.maxBytes);
      },
      (error) => entryFailureOf(error, FILES_SECTION),
    );
    if (unread || !form) return this.showAgain(request, reply, entryId, unread ?? {});
    const received = form;

    let draftSaved = false;
    if (carriesDraft(received)) {
      const values = formValuesOf(received.fields);
      const update = toUpdate(values, principal.email);
      const failure = update.ok
        ? await attempt(
            () => this.entries.update(principal, entryId, update.dto),
            (error) => entryFailureOf(error),
          )
        : { errors: update.errors, status: 400 };
      if (failure) {
        await drainUploadForm(received);
        return this.showAgain(request, reply, entryId, {
          values,
          ...failure,
          errors: { ...failure.errors, [FILES_SECTION]: { key: 'files.notStoredFormInvalid' } },
        });
      }
      draftSaved = true;
    }
    const notice = draftSaved ? 'entryForm.notice_draftSaved' : undefined;
    if (!hasChosenFile(received)) {
      await drainUploadForm(received);
      const errors = { [FILES_SECTION]: { key: 'files.noFileChosen' } };
      return this.showAgain(request, reply, entryId, { errors, status: 400, notice });
    }
    const failure = await attempt(
      async () => {
        await this.attachments.upload(principal, entryId, attachmentParts(received));
      },
      (error) => entryFailureOf(error, FILES_SECTION),
    );
    if (failure) {
      await drainUploadForm(received);
      return this.showAgain(request, reply, entryId, { ...failure, notice });
    }
    const done = draftSaved ? 'savedAndUploaded' : 'uploaded';
    return reply.redirect(`/entries/${entryId}/edit?${done}=1#files`, 303);
  }

  /** The edit page again, read after whatever was saved. */
  private async showAgain(
    request: PageRequest,
    reply: FastifyReply,
    entryId: string,
    state: EditPageState,
  ) {
    const loaded = await this.data.load(principalOf(request), entryId);
    return this.editPage.render(request, reply, loaded, state);
  }

  private get maxBytes(): number {
    return this.config.UPLOAD_MAX_BYTES;
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
    if (failure) return this.showAgain(request, reply, entryId, failure);
    return reply.redirect(`/entries/${entryId}/edit?removed=1#files`, 303);
  }
}
