import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LOCALES } from '@app/platform';
import type { Locale } from '@app/platform';
import { OUTCOME_KINDS } from '@app/results';
import type {
  AnnouncementGroupPreview,
  AnnouncementPreview,
  OutcomeKind,
  PreviewMail,
  PublicEntry,
  PublicResults,
} from '@app/results';

/**
 * Response classes of the announcement preview and the public results, each `implements`
 * the domain's type so the compiler refuses one that falls behind the service.
 */

class PreviewMailResponse implements PreviewMail {
  @ApiProperty({ enum: LOCALES }) locale!: Locale;
  @ApiProperty() template!: string;
  @ApiProperty() subject!: string;
  @ApiProperty() text!: string;
}

class PreviewSampleResponse {
  @ApiProperty({ description: "The group's first recipient's e-mail" }) recipient!: string;
  @ApiProperty({ type: [PreviewMailResponse] }) mails!: PreviewMail[];
}

class AnnouncementGroupResponse implements AnnouncementGroupPreview {
  @ApiProperty({ enum: OUTCOME_KINDS }) outcome!: OutcomeKind;
  @ApiProperty({ type: 'integer' }) entries!: number;
  @ApiProperty({ type: 'integer' }) recipients!: number;
  @ApiPropertyOptional({ nullable: true, type: PreviewSampleResponse })
  sample!: AnnouncementGroupPreview['sample'];
}

class AnnouncementBlockerResponse {
  @ApiProperty({ description: 'The error code announcing now would answer' }) code!: string;
  @ApiProperty() message!: string;
}

export class AnnouncementPreviewResponse implements AnnouncementPreview {
  @ApiProperty({ format: 'uuid' }) contestId!: string;
  @ApiProperty() contestStatus!: string;
  @ApiProperty({ type: 'integer', description: 'The version announcing now would write' })
  version!: number;
  @ApiPropertyOptional({ nullable: true, type: AnnouncementBlockerResponse })
  blocker!: AnnouncementPreview['blocker'];
  @ApiProperty({ type: [AnnouncementGroupResponse] }) groups!: AnnouncementGroupPreview[];
  @ApiProperty({ type: 'integer' }) entries!: number;
  @ApiProperty({ type: 'integer' }) recipients!: number;
}

class PublicEntryResponse implements PublicEntry {
  @ApiProperty() code!: string;
  @ApiProperty() title!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) summary!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) teamName!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) categoryKey!: string | null;
}

class PublicContestResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() slug!: string;
  @ApiProperty() nameVi!: string;
  @ApiProperty() nameEn!: string;
}

class CorrectionResponse {
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

class PublicDatesResponse {
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' })
  registrationOpensAt!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' })
  submissionDeadline!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' })
  finalDecidedAt!: string | null;
}

class PublicPrizeResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() kind!: string;
  @ApiProperty() nameVi!: string;
  @ApiProperty() nameEn!: string;
  @ApiProperty({ description: 'VND, whole dong' }) amount!: number;
  @ApiProperty({ type: [PublicEntryResponse] }) winners!: PublicEntry[];
}

class PublicFinalistsResponse {
  @ApiProperty() key!: string;
  @ApiProperty() nameVi!: string;
  @ApiProperty() nameEn!: string;
  @ApiProperty({ type: [PublicEntryResponse] }) entries!: PublicEntry[];
}

class PublicJudgeResponse {
  @ApiProperty() fullName!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) title!: string | null;
}

export class PublicResultsResponse implements PublicResults {
  @ApiProperty({ type: PublicContestResponse }) contest!: PublicResults['contest'];
  @ApiProperty({ format: 'date-time' }) announcedAt!: string;
  @ApiProperty({ type: [CorrectionResponse] }) corrections!: PublicResults['corrections'];
  @ApiProperty({ type: PublicDatesResponse }) dates!: PublicResults['dates'];
  @ApiProperty({ type: [PublicPrizeResponse] }) prizes!: PublicResults['prizes'];
  @ApiProperty({ type: [PublicFinalistsResponse] }) finalists!: PublicResults['finalists'];
  @ApiProperty({ type: [PublicJudgeResponse] }) judges!: PublicResults['judges'];
}
