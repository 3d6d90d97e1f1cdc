import { Body, Controller, Get, Header, HttpCode, Param, Post } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { CurrentUser, Role, Roles } from '@app/accounts';
import type { Principal } from '@app/accounts';
import { CheckInService, CheckInSyncService, SyncScansDto } from '@app/festival';
import type { OfflineListResponse, SyncResponse } from '@app/festival';
import { DomainError, ErrorCode, validateInput } from '@app/platform';
import type { FormBody } from '../../contests/organizer-form-input';
import { text } from '../../contests/organizer-form-input';
import { PageIdPipe } from '../../platform/page-id.pipe';

/** What the door's script is told after an upload: each scan's result and the new count. */
export interface PageSyncResponse extends SyncResponse {
  arrived: number;
  passes: number;
}

/**
 * The offline door's two calls (check-in-offline.js), made with the staff page's own
 * session: the API takes bearer tokens, which a page signed in by cookie does not hold.
 * The day's list comes as JSON; an upload is a form post like every page write (so the
 * one CSRF check covers it), its scans one JSON field validated by the API's own DTO.
 */
@ApiExcludeController()
@Roles(Role.organizer)
@Controller('organizer/contests/:id/festival/check-in')
export class OfflineCheckInPagesController {
  constructor(
    private readonly checkIns: CheckInService,
    private readonly syncs: CheckInSyncService,
  ) {}

  @Get('offline-list')
  // Names of the day's guests: kept by the phone in IndexedDB, never by an HTTP cache.
  @Header('Cache-Control', 'no-store')
  offlineList(@Param('id', PageIdPipe) id: string): Promise<OfflineListResponse> {
    return this.checkIns.offlineList(id);
  }

  @Post('sync')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  async sync(
    @Param('id', PageIdPipe) id: string,
    @Body() body: FormBody,
    @CurrentUser() principal: Principal,
  ): Promise<PageSyncResponse> {
    const dto = validateInput(SyncScansDto, {
      deviceId: text(body, 'deviceId'),
      scans: parseScans(text(body, 'scans')),
    });
    if (!dto.ok)
      throw new DomainError(ErrorCode.VALIDATION_FAILED, 'The upload is not valid', dto.errors);
    const { results } = await this.syncs.sync(id, dto.value, principal.userId);
    const { arrived, passes } = await this.checkIns.arrivals(id);
    return { results, arrived, passes };
  }
}

/** The queue as the script sends it (a JSON array); anything else fails validation. */
function parseScans(json: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return null;
  }
}
