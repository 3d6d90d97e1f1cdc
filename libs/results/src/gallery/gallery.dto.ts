import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { NullableUuid, Optional, QueryInt, TrimmedString } from '@app/platform';
import { COMMUNE_NAMES } from '@app/entries';

export const GALLERY_PAGE_SIZE = 12;
export const GALLERY_MAX_PAGE_SIZE = 48;
/** Far beyond any gallery, small enough for an OFFSET. */
export const GALLERY_MAX_PAGE = 10_000;

/** The public gallery's search, filters and page (all optional, all combined). */
export class GalleryQueryDto {
  /** Searched in title, summary and team name, accents and case ignored (`sa huynh` finds Sa Huỳnh). */
  @TrimmedString({ max: 200, optional: true })
  q?: string;

  /** A category key of the contest, e.g. `y-tuong`. */
  @TrimmedString({ max: 40, optional: true })
  category?: string;

  /** A field key of the contest, e.g. `nong-nghiep`. */
  @TrimmedString({ max: 40, optional: true })
  field?: string;

  /** A commune, ward or special zone of the province, by its official name (`Phường Sa Huỳnh`). */
  @Optional()
  @IsIn(COMMUNE_NAMES)
  @ApiPropertyOptional({ enum: COMMUNE_NAMES })
  commune?: string;

  /** Part of the district name (entries before July 2025), accents and case ignored. */
  @TrimmedString({ max: 100, optional: true })
  district?: string;

  @QueryInt({ min: 1, max: GALLERY_MAX_PAGE })
  @ApiPropertyOptional({ default: 1 })
  page?: number;

  @QueryInt({ min: 1, max: GALLERY_MAX_PAGE_SIZE })
  @ApiPropertyOptional({ default: GALLERY_PAGE_SIZE })
  pageSize?: number;
}

/** The team leader's choice: show the entry, with one of its images or none. */
export class OptInGalleryDto {
  /** The id of an image attachment (PNG, JPEG or WebP) of this entry; `null` or left out: no image. */
  @NullableUuid()
  imageId?: string | null;
}

export class GalleryNamedResponse {
  @ApiProperty() key!: string;
  @ApiProperty() nameVi!: string;
  @ApiProperty() nameEn!: string;
}

export class GalleryPrizeResponse {
  @ApiProperty() nameVi!: string;
  @ApiProperty() nameEn!: string;
}

/** One card: what the team agreed to show, never members' names, e-mails or phones. */
export class GalleryCardResponse {
  @ApiProperty({ example: 'QNG5-0042' }) code!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ nullable: true, type: String, description: 'Markdown' }) summary!: string | null;
  @ApiProperty({ nullable: true, type: GalleryNamedResponse })
  category!: GalleryNamedResponse | null;
  @ApiProperty({ nullable: true, type: GalleryNamedResponse }) field!: GalleryNamedResponse | null;
  @ApiProperty({ nullable: true, type: String }) commune!: string | null;
  @ApiProperty({ nullable: true, type: String }) district!: string | null;
  @ApiProperty({ nullable: true, type: String }) teamName!: string | null;
  @ApiProperty({ type: [GalleryPrizeResponse] }) prizes!: GalleryPrizeResponse[];
  @ApiProperty({ nullable: true, type: String, example: '/gallery/images/0b8e…' })
  imageUrl!: string | null;
}

export class GalleryContestResponse {
  @ApiProperty() id!: string;
  @ApiProperty() slug!: string;
  @ApiProperty() nameVi!: string;
  @ApiProperty() nameEn!: string;
}

export class GalleryPageResponse {
  @ApiProperty({ type: GalleryContestResponse }) contest!: GalleryContestResponse;
  @ApiProperty({ type: [GalleryCardResponse] }) items!: GalleryCardResponse[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export class GalleryImageChoice {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() mediaType!: string;
}

/** An entry's place in the gallery, as its team sees it. */
export class GalleryStateResponse {
  @ApiProperty() entryId!: string;
  @ApiProperty() code!: string;
  @ApiProperty() title!: string;
  /** The team has opted in (and not withdrawn). */
  @ApiProperty() listed!: boolean;
  /** Listed and shown now: the entry's status allows it. */
  @ApiProperty() shown!: boolean;
  /** The entry's status allows showing it (submitted and not withdrawn or ineligible). */
  @ApiProperty() available!: boolean;
  @ApiProperty({ nullable: true, type: String }) optedInAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) imageId!: string | null;
  /** The caller leads the team and may opt in, change the image or withdraw. */
  @ApiProperty() canManage!: boolean;
  /** The entry's images the leader may choose from (empty for other callers). */
  @ApiProperty({ type: [GalleryImageChoice] }) images!: GalleryImageChoice[];
  @ApiProperty({ example: '/contests/cuoc-thi-2026/gallery' }) galleryPath!: string;
}
