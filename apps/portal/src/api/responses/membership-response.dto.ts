import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MemberConfirmation } from '@app/entries';
import type {
  MemberInvitationResponse,
  MembershipAnswerResponse,
  MembershipInvitationResponse,
} from '@app/entries';

/** Response classes of the team-membership routes, in step with the service's interfaces. */
export class ContestNameResponse {
  @ApiProperty() slug!: string;
  @ApiProperty() nameVi!: string;
  @ApiProperty() nameEn!: string;
}

export class EntryTitleResponse {
  @ApiProperty() code!: string;
  @ApiProperty() title!: string;
}

export class EntryTeamResponse extends EntryTitleResponse {
  @ApiPropertyOptional({ nullable: true, type: String }) teamName!: string | null;
}

export class MembershipInvitationResponseDto implements MembershipInvitationResponse {
  @ApiProperty() memberName!: string;
  @ApiProperty() memberEmail!: string;
  @ApiProperty({ enum: MemberConfirmation }) confirmation!: MemberConfirmation;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) expiresAt!:
    string | null;
  @ApiProperty() leaderName!: string;
  @ApiProperty({ type: EntryTeamResponse }) entry!: EntryTeamResponse;
  @ApiProperty({ type: ContestNameResponse }) contest!: ContestNameResponse;
}

export class MembershipAnswerResponseDto implements MembershipAnswerResponse {
  @ApiProperty({ enum: MemberConfirmation }) confirmation!: MemberConfirmation;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) respondedAt!:
    string | null;
  @ApiProperty({ type: EntryTitleResponse }) entry!: EntryTitleResponse;
  @ApiProperty({ type: ContestNameResponse }) contest!: ContestNameResponse;
}

export class MemberInvitationResponseDto implements MemberInvitationResponse {
  @ApiProperty({ format: 'uuid' }) memberId!: string;
  @ApiProperty({ enum: MemberConfirmation }) confirmation!: MemberConfirmation;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) invitedAt!:
    string | null;
}
