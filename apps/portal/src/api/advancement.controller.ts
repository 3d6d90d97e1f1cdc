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
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Role, Roles } from '@app/accounts';
import type { Principal } from '@app/accounts';
import {
  AdvancementOverrideService,
  AdvancementService,
  PaperworkService,
  ProposeOverrideDto,
} from '@app/judging';
import { pdfDownload } from '../pdf-download';

/** Who advances from a round, the organizers' overrides, the decision and its paperwork. */
@ApiTags('advancement')
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
  view(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.advancement.view(id);
  }

  @Post('rounds/:id/advancement/overrides')
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
  advance(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() principal: Principal) {
    return this.advancement.advance(principal.userId, id);
  }

  @Get('rounds/:id/score-sheets/:judgeUserId.pdf')
  @Header('Cache-Control', 'no-store')
  @ApiProduces('application/pdf')
  async scoreSheet(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('judgeUserId', new ParseUUIDPipe()) judgeUserId: string,
  ): Promise<StreamableFile> {
    return pdfDownload(await this.paperwork.scoreSheet(id, judgeUserId));
  }

  @Get('rounds/:id/minutes.pdf')
  @Header('Cache-Control', 'no-store')
  @ApiProduces('application/pdf')
  async minutes(@Param('id', new ParseUUIDPipe()) id: string): Promise<StreamableFile> {
    return pdfDownload(await this.paperwork.minutes(id));
  }
}
