import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, Matches } from 'class-validator';
import { EmailAddress, LOCALES, Optional, TrimmedString } from '@app/platform';
import type { Locale } from '@app/platform';
import { JudgeStatus } from './contest-judge.entity';

const KEY_PATTERN = /^[a-z0-9][a-z0-9_-]{0,39}$/;

export class InviteJudgeDto {
  @EmailAddress()
  email!: string;

  /** Used only when the invitation creates the account. */
  @TrimmedString({ max: 120, optional: true, example: 'TS. Trần Minh Quân' })
  fullName?: string;

  @Optional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(KEY_PATTERN, { each: true })
  @ApiPropertyOptional({ type: [String], example: ['y-tuong'] })
  categoryKeys?: string[];

  @Optional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(KEY_PATTERN, { each: true })
  @ApiPropertyOptional({ type: [String], example: ['nong-nghiep'] })
  fieldKeys?: string[];

  /** The language of a new account and its mail (an existing account keeps its own). */
  @Optional()
  @IsIn(LOCALES)
  @ApiPropertyOptional({ enum: LOCALES })
  locale?: Locale;
}

export interface ContestJudgeResponse {
  id: string;
  contestId: string;
  userId: string;
  fullName: string;
  email: string;
  organization: string | null;
  status: JudgeStatus;
  categoryKeys: string[];
  fieldKeys: string[];
  invitedAt: string;
  respondedAt: string | null;
  /** The judge agreed to be named on the public results page (off until they say so). */
  showNameOnResults: boolean;
}

export interface JudgeInvitationResponse {
  id: string;
  contestId: string;
  contestSlug: string;
  contestNameVi: string;
  contestNameEn: string;
  status: JudgeStatus;
  categoryKeys: string[];
  fieldKeys: string[];
  invitedAt: string;
  respondedAt: string | null;
}

/** A judge who accepted, as assignment needs them: preferences and organisation. */
export interface AcceptedJudge {
  userId: string;
  fullName: string;
  email: string;
  organization: string | null;
  categoryKeys: string[];
  fieldKeys: string[];
}
