import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import type { MemberConfirmation } from './team-member.entity';

/** The secret of a mailed confirmation link. Sent in a body, never in an API path or query. */
export class MembershipTokenDto {
  @IsString()
  @MaxLength(200)
  @ApiProperty({ description: 'the `token` of the mailed link' })
  token!: string;
}

/** What the confirmation page shows the person the link was mailed to. */
export interface MembershipInvitationResponse {
  memberName: string;
  memberEmail: string;
  confirmation: MemberConfirmation;
  /** The link stops working then (ISO 8601, +07:00). */
  expiresAt: string | null;
  leaderName: string;
  entry: { code: string; title: string; teamName: string | null };
  contest: { slug: string; nameVi: string; nameEn: string };
}

export interface MembershipAnswerResponse {
  confirmation: MemberConfirmation;
  respondedAt: string | null;
  entry: { code: string; title: string };
  contest: { slug: string; nameVi: string; nameEn: string };
}

export interface MemberInvitationResponse {
  memberId: string;
  confirmation: MemberConfirmation;
  invitedAt: string | null;
}
