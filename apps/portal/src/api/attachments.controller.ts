import { Controller, Delete, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
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
} from '@app/entries/attachments';

@ApiTags('attachments')
@Controller('api/v1/entries/:entryId/attachments')
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentService) {}

  /** Owner only, while the entry is editable. The `kind` field must come before the file. */
  @SignedIn()
  @Post()
  @ApiOperation({
    description:
      'Owner only, while the entry can change (409 ENTRY_LOCKED, DEADLINE_PASSED or CONTEST_NOT_OPEN otherwise). ' +
      'In a contest with blind judging (`blindJudging: true`), judges get a PDF without its author and ' +
      'metadata (document information and XMP), but its content as sent: slides, documents and images must not ' +
      'show team members’ names, school or organisation names, logos, contact details or links to the team’s pages.',
  })
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
  @ApiProduces('application/pdf', 'image/png', 'image/jpeg', 'image/webp')
  @ApiOkResponse({ description: 'The file' })
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
  remove(
    @CurrentUser() principal: Principal,
    @Param('entryId') entryId: string,
    @Param('attachmentId') attachmentId: string,
  ): Promise<void> {
    return this.attachments.remove(principal, entryId, attachmentId);
  }
}
