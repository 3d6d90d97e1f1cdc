import { Controller, Delete, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentUser, SignedIn } from '@app/accounts';
import type { Principal } from '@app/accounts';
import {
  AttachmentResponse,
  AttachmentService,
  downloadHeaders,
  toAttachmentResponse,
  UPLOAD_PARSER_OPTIONS,
} from '@app/entries';
import { ErrorCode } from '@app/platform';
import { ApiErrors } from './api-errors';
import { ApiTag } from './api-tags';
import { ApiFileResponse, UPLOADED_FILE_TYPES } from './responses/file-response';

@ApiTags(ApiTag.attachments)
@Controller('api/v1/entries/:entryId/attachments')
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentService) {}

  /** Owner only, while the entry is editable. The `kind` field must come before the file. */
  @SignedIn()
  @Post()
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['kind', 'file'],
      properties: {
        kind: { type: 'string', enum: ['pitch_deck', 'business_plan', 'image', 'other'] },
        file: { type: 'string', format: 'binary' },
      },
    },
  })
  @ApiCreatedResponse({ type: AttachmentResponse })
  @ApiErrors(
    ErrorCode.ENTRY_LOCKED,
    ErrorCode.UNSUPPORTED_FILE_TYPE,
    ErrorCode.FILE_TOO_LARGE,
    ErrorCode.EMPTY_FILE,
    ErrorCode.TOO_MANY_FILES,
    ErrorCode.CONTEST_NOT_OPEN,
    ErrorCode.DEADLINE_PASSED,
    ErrorCode.MALFORMED_UPLOAD,
  )
  @ApiOperation({
    summary: 'Upload a file to an entry',
    description:
      'Owner only, while the entry can change (409 ENTRY_LOCKED, DEADLINE_PASSED or CONTEST_NOT_OPEN otherwise). Multipart with the `kind` field before the file, checked by content (415 UNSUPPORTED_FILE_TYPE, 413 FILE_TOO_LARGE, 400 EMPTY_FILE, 409 TOO_MANY_FILES). In a contest with blind judging (`blindJudging: true`), judges get a PDF without its author and metadata (document information and XMP), but its content as sent: slides, documents and images must not show team members’ names, school or organisation names, logos, contact details or links to the team’s pages.',
  })
  async upload(
    @CurrentUser() principal: Principal,
    @Param('entryId') entryId: string,
    @Req() request: FastifyRequest,
  ): Promise<AttachmentResponse> {
    const parts = request.isMultipart() ? request.parts(UPLOAD_PARSER_OPTIONS) : undefined;
    return toAttachmentResponse(await this.attachments.upload(principal, entryId, parts));
  }

  /** Owner or organizer; streamed as a download, never rendered inline. */
  @SignedIn()
  @Get(':attachmentId')
  @ApiFileResponse('The file', ...UPLOADED_FILE_TYPES)
  @ApiOperation({
    summary: 'Download a file of an entry',
    description:
      'The owning team or organizers. Streamed as a download (`Content-Disposition: attachment`), never rendered inline. 404 NOT_FOUND.',
  })
  async download(
    @CurrentUser() principal: Principal,
    @Param('entryId') entryId: string,
    @Param('attachmentId') attachmentId: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const file = await this.attachments.openForDownload(principal, entryId, attachmentId);
    await reply.headers(downloadHeaders(file)).send(file.stream);
  }

  @SignedIn()
  @Delete(':attachmentId')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiErrors(ErrorCode.ENTRY_LOCKED, ErrorCode.DEADLINE_PASSED, ErrorCode.CONTEST_NOT_OPEN)
  @ApiOperation({
    summary: 'Remove a file from an entry',
    description:
      'Owner only, while the entry can change. 204. 409 ENTRY_LOCKED, 409 DEADLINE_PASSED, 404 NOT_FOUND.',
  })
  remove(
    @CurrentUser() principal: Principal,
    @Param('entryId') entryId: string,
    @Param('attachmentId') attachmentId: string,
  ): Promise<void> {
    return this.attachments.remove(principal, entryId, attachmentId);
  }
}
