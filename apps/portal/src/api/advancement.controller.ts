import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  StreamableFile,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Role, Roles } from '@app/accounts';
import type { Principal } from '@app/accounts';
import {
  AdvancementOverrideService,
  AdvancementService,
  PaperworkService,
  ProposeOverrideDto,
} from '@app/judging';
import { pdfDownload } from '../pdf-download';
import { ErrorCode } from '@app/platform';
import { ApiErrors } from './api-errors';
import { ApiTag } from './api-tags';
import {
  AdvancementViewResponse,
  ConfirmOverrideResponseDto,
  ProposeOverrideResponseDto,
} from './responses/advancement-response.dto';
import { ApiFileResponse } from './responses/file-response';

/** Who advances from a round, the organizers' overrides, the decision and its paperwork. */
@ApiTags(ApiTag.advancement)
@Roles(Role.organizer)
@Controller('api/v1')
export class AdvancementController {
  constructor(
    private readonly advancement: AdvancementService,
    private readonly overrides: AdvancementOverrideService,
    private readonly paperwork: PaperworkService,
  ) {}

  /** The rule's proposal with reasons and the tie-break trail, and every override with its state. */
  @Get('rounds/:id/advancement')
  @ApiOperation({
    summary: 'Who would advance from a round',
    description:
      "Organizers. The rule's proposal with reasons and the tie-break trail, and every override with its state.",
  })
  @ApiOkResponse({ type: AdvancementViewResponse })
  view(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.advancement.view(id);
  }

  @Post('rounds/:id/advancement/overrides')
  @ApiErrors(ErrorCode.ROUND_DECIDED, ErrorCode.CONFLICT)
  @ApiOperation({
    summary: 'Propose an override',
    description:
      'Organizers. Advance or hold back an entry against the rule, with a reason; it counts once a second organizer confirms. One effective override per entry: a new proposal supersedes the pending one (`supersededPending`). 201. 409 ROUND_DECIDED.',
  })
  @ApiCreatedResponse({ type: ProposeOverrideResponseDto })
  proposeOverride(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: ProposeOverrideDto,
    @CurrentUser() principal: Principal,
  ) {
    return this.overrides.propose(principal.userId, id, dto);
  }

  /** 403 SECOND_ORGANIZER_REQUIRED when the organizer who proposed it tries. */
  @Post('advancement/overrides/:id/confirm')
  @HttpCode(200)
  @ApiErrors(
    ErrorCode.SECOND_ORGANIZER_REQUIRED,
    ErrorCode.OVERRIDE_SUPERSEDED,
    ErrorCode.CONFLICT,
    ErrorCode.ROUND_DECIDED,
  )
  @ApiOperation({
    summary: 'Confirm an override',
    description:
      'Organizers other than its proposer (403 SECOND_ORGANIZER_REQUIRED). A confirmation supersedes the confirmed override of the entry (`superseded`); 409 OVERRIDE_SUPERSEDED for a superseded one, 409 CONFLICT when already confirmed, 409 ROUND_DECIDED.',
  })
  @ApiOkResponse({ type: ConfirmOverrideResponseDto })
  confirmOverride(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentUser() principal: Principal,
  ) {
    return this.overrides.confirm(principal.userId, id);
  }

  /**
   * Decides the round once: 409 ROUND_DECIDED the second time, 409
   * ADVANCEMENT_RULE_MISSING while the rule has no cut-off; mails every team.
   */
  @Post('rounds/:id/advance')
  @HttpCode(200)
  @ApiErrors(
    ErrorCode.ROUND_DECIDED,
    ErrorCode.ADVANCEMENT_RULE_MISSING,
    ErrorCode.RANKING_NOT_READY,
  )
  @ApiOperation({
    summary: 'Decide the round',
    description:
      'Organizers. Advances the chosen entries to the next round and mails every team, once: 409 ROUND_DECIDED the second time, 409 ADVANCEMENT_RULE_MISSING while the rule has no cut-off, 409 RANKING_NOT_READY.',
  })
  @ApiOkResponse({ type: AdvancementViewResponse })
  advance(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() principal: Principal) {
    return this.advancement.advance(principal.userId, id);
  }

  @Get('rounds/:id/score-sheets/:judgeUserId.pdf')
  @Header('Cache-Control', 'no-store')
  @ApiFileResponse('The score sheet', 'application/pdf')
  @ApiOperation({
    summary: "A judge's score sheet (PDF)",
    description:
      "Organizers. Phiếu chấm điểm: one judge's scores of the round as a PDF download (`no-store`). 404 NOT_FOUND.",
  })
  async scoreSheet(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('judgeUserId', new ParseUUIDPipe()) judgeUserId: string,
  ): Promise<StreamableFile> {
    return pdfDownload(await this.paperwork.scoreSheet(id, judgeUserId));
  }

  @Get('rounds/:id/minutes.pdf')
  @Header('Cache-Control', 'no-store')
  @ApiFileResponse('The minutes', 'application/pdf')
  @ApiOperation({
    summary: "The round's minutes (PDF)",
    description:
      "Organizers. Biên bản chấm: the round's results and decision as a PDF download (`no-store`). 404 NOT_FOUND.",
  })
  async minutes(@Param('id', new ParseUUIDPipe()) id: string): Promise<StreamableFile> {
    return pdfDownload(await this.paperwork.minutes(id));
  }
}
