import { Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Role, Roles } from '@app/accounts';
import type { Principal } from '@app/accounts';
import { AttachmentService, downloadHeaders, EntryService } from '@app/entries';
import type { UploadPart } from '@app/entries';
import { AppConfig } from '@app/platform';
import { EntryEditPage } from './entry-edit-page';
import type { EditPageState } from './entry-edit-page';
import { entryFailureOf, FILES_SECTION } from './entry-errors';
import { formValuesOf, toUpdate } from './entry-form-input';
import { EntryPageData } from './entry-page-data';
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
import { PageIdPipe } from '../platform/page-id.pipe';

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
  async upload(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) entryId: string,
  ) {
    let form: UploadForm | undefined;
    const unread = await attempt(
      async () => {
        form = await readUploadForm(pagePartsOf(request) ?? emptyParts(), this.maxBytes);
      },
      (error) => entryFailureOf(error, FILES_SECTION),
    );
    if (unread || !form) return this.showAgain(request, principal, reply, entryId, unread ?? {});
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
        return this.showAgain(request, principal, reply, entryId, {
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
      return this.showAgain(request, principal, reply, entryId, { errors, status: 400, notice });
    }
    const failure = await attempt(
      async () => {
        await this.attachments.upload(principal, entryId, attachmentParts(received));
      },
      (error) => entryFailureOf(error, FILES_SECTION),
    );
    if (failure) {
      await drainUploadForm(received);
      return this.showAgain(request, principal, reply, entryId, { ...failure, notice });
    }
    const done = draftSaved ? 'savedAndUploaded' : 'uploaded';
    return reply.redirect(`/entries/${entryId}/edit?${done}=1#files`, 303);
  }

  /** The edit page again, read after whatever was saved. */
  private async showAgain(
    request: PageRequest,
    principal: Principal,
    reply: FastifyReply,
    entryId: string,
    state: EditPageState,
  ) {
    const loaded = await this.data.load(principal, entryId);
    return this.editPage.render(request, reply, loaded, state);
  }

  private get maxBytes(): number {
    return this.config.UPLOAD_MAX_BYTES;
  }

  @Get(':fileId')
  @Roles(Role.applicant)
  async download(
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) entryId: string,
    @Param('fileId', PageIdPipe) fileId: string,
  ) {
    const file = await this.attachments.openForDownload(principal, entryId, fileId);
    await reply.headers(downloadHeaders(file)).send(file.stream);
  }

  @Post(':fileId/delete')
  @Roles(Role.applicant)
  async remove(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) entryId: string,
    @Param('fileId', PageIdPipe) fileId: string,
  ) {
    const failure = await attempt(
      async () => {
        await this.attachments.remove(principal, entryId, fileId);
      },
      (error) => entryFailureOf(error, FILES_SECTION),
    );
    if (failure) return this.showAgain(request, principal, reply, entryId, failure);
    return reply.redirect(`/entries/${entryId}/edit?removed=1#files`, 303);
  }
}
