import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Put,
  Query,
} from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Public, Role, Roles } from '@app/accounts';
import type { Principal } from '@app/accounts';
import {
  GalleryOptInService,
  GalleryPageResponse,
  GalleryQueryDto,
  GalleryService,
  GalleryStateResponse,
  OptInGalleryDto,
} from '@app/results';
import { ErrorCode } from '@app/platform';
import { ApiErrors } from './api-errors';
import { ApiTag } from './api-tags';

const uuid = new ParseUUIDPipe();

/**
 * The public gallery of ideas and a team's place in it. The list is public and carries
 * only what the cards show; its answers are not cached (`no-store`, the API's default),
 * so a team withdrawing is gone from the next answer.
 */
@ApiTags(ApiTag.gallery)
@Controller('api/v1')
export class GalleryController {
  constructor(
    private readonly gallery: GalleryService,
    private readonly optIns: GalleryOptInService,
  ) {}

  @Public()
  @Get('contests/:id/gallery')
  @ApiOkResponse({ type: GalleryPageResponse })
  @ApiOperation({
    summary: 'The gallery of ideas',
    description:
      "Anyone. The entries whose teams opted in to the gallery of a published contest (`{id}` is its id or slug), newest first. `q` searches title, summary and team name with accents and case ignored; filters `category`, `field`, `commune`, `district`; `page`, `pageSize` (at most 48). Never a member's name, e-mail or phone. 404 for an unknown or draft contest.",
  })
  list(@Param('id') contest: string, @Query() query: GalleryQueryDto) {
    return this.gallery.page(contest, query);
  }

  @Roles(Role.applicant, Role.organizer)
  @Get('entries/:id/gallery')
  @ApiOkResponse({ type: GalleryStateResponse })
  @ApiErrors(ErrorCode.FORBIDDEN)
  @ApiOperation({
    summary: "An entry's place in the gallery",
    description:
      "The entry's leader, its confirmed members and organizers; 403 FORBIDDEN for others. `listed`, `shown`, `available`, `optedInAt`, `imageId`, `canManage` and, for the leader, the `images` to choose from.",
  })
  state(@CurrentUser() principal: Principal, @Param('id', uuid) id: string) {
    return this.optIns.state(principal, id);
  }

  @Roles(Role.applicant)
  @Put('entries/:id/gallery')
  @ApiOkResponse({ type: GalleryStateResponse })
  @ApiErrors(ErrorCode.FORBIDDEN, ErrorCode.GALLERY_UNAVAILABLE)
  @ApiOperation({
    summary: 'Show an entry in the gallery',
    description:
      "The team's leader shows the entry in the gallery, or changes its image (`{imageId}` or `null`). 403 FORBIDDEN for anyone else, 409 GALLERY_UNAVAILABLE for a draft, withdrawn or ineligible entry, 400 VALIDATION_FAILED when `imageId` is not an image of this entry.",
  })
  optIn(
    @CurrentUser() principal: Principal,
    @Param('id', uuid) id: string,
    @Body() dto: OptInGalleryDto,
  ) {
    return this.optIns.optIn(principal, id, dto);
  }

  @Roles(Role.applicant)
  @Delete('entries/:id/gallery')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiErrors(ErrorCode.FORBIDDEN)
  @ApiOperation({
    summary: 'Take an entry out of the gallery',
    description:
      "The team's leader takes the entry out of the gallery, at once (204, also when it was not listed). 403 FORBIDDEN for anyone else.",
  })
  withdraw(@CurrentUser() principal: Principal, @Param('id', uuid) id: string): Promise<void> {
    return this.optIns.withdraw(principal, id);
  }
}
