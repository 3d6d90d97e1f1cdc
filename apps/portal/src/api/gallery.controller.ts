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

const uuid = new ParseUUIDPipe();

/**
 * The public gallery of ideas and a team's place in it. The list is public and carries
 * only what the cards show; its answers are not cached (`no-store`, the API's default),
 * so a team withdrawing is gone from the next answer.
 */
@ApiTags('gallery')
@Controller('api/v1')
export class GalleryController {
  constructor(
    private readonly gallery: GalleryService,
    private readonly optIns: GalleryOptInService,
  ) {}

  @Public()
  @Get('contests/:id/gallery')
  @ApiOperation({
    description:
      'The entries whose teams opted in to the gallery of a published contest (`:id` is its id or slug), ' +
      'newest first. `q` searches title, summary and team name with accents and case ignored; filters ' +
      '`category`, `field`, `commune`, `district`; `page`, `pageSize` (at most 48). 404 for an unknown or draft contest.',
  })
  @ApiOkResponse({ type: GalleryPageResponse })
  list(@Param('id') contest: string, @Query() query: GalleryQueryDto) {
    return this.gallery.page(contest, query);
  }

  @Roles(Role.applicant, Role.organizer)
  @Get('entries/:id/gallery')
  @ApiOperation({
    description:
      "The entry's place in the gallery: its leader, confirmed members and organizers; 403 for others.",
  })
  @ApiOkResponse({ type: GalleryStateResponse })
  state(@CurrentUser() principal: Principal, @Param('id', uuid) id: string) {
    return this.optIns.state(principal, id);
  }

  @Roles(Role.applicant)
  @Put('entries/:id/gallery')
  @ApiOperation({
    description:
      "The team's leader shows the entry in the gallery, or changes its image. 403 FORBIDDEN for anyone else, " +
      '409 GALLERY_UNAVAILABLE for a draft, withdrawn or ineligible entry, 400 VALIDATION_FAILED when `imageId` is ' +
      'not an image of this entry.',
  })
  @ApiOkResponse({ type: GalleryStateResponse })
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
  @ApiOperation({ description: "The team's leader takes the entry out of the gallery, at once." })
  @ApiNoContentResponse()
  withdraw(@CurrentUser() principal: Principal, @Param('id', uuid) id: string): Promise<void> {
    return this.optIns.withdraw(principal, id);
  }
}
