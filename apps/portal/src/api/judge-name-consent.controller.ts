import { Body, Controller, Get, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Role, Roles } from '@app/accounts';
import type { Principal } from '@app/accounts';
import { JudgeNameConsentDto, JudgeNameConsentService } from '@app/results';
import { ApiTag } from './api-tags';
import { NameConsentResponse } from './responses/certificate-response.dto';

/** The judge's consent to be named on the public results, beside their invitation. */
@ApiTags(ApiTag.judges)
@Roles(Role.judge)
@Controller('api/v1/judging/invitations/:id/results-name')
export class JudgeNameConsentController {
  constructor(private readonly consent: JudgeNameConsentService) {}

  @Get()
  @ApiOperation({
    summary: 'Whether the judge is named on the results',
    description:
      'Judges, for their own invitation. Whether the judge agreed to be named (name and title) on the public results; off by default. 404 NOT_FOUND for another judge’s invitation.',
  })
  @ApiOkResponse({ type: NameConsentResponse })
  get(@CurrentUser() principal: Principal, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.consent.get(principal.userId, id);
  }

  @Put()
  @ApiOperation({
    summary: 'Give or withdraw consent to be named',
    description:
      'Judges, for their own invitation. `{show: boolean}`; withdrawing takes the name off the public results at once. 404 NOT_FOUND for another judge’s invitation.',
  })
  @ApiOkResponse({ type: NameConsentResponse })
  set(
    @CurrentUser() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: JudgeNameConsentDto,
  ) {
    return this.consent.set(principal.userId, id, dto.show);
  }
}
