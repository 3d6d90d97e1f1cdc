import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, Matches, ValidateNested } from 'class-validator';
import { IsInt, Max, Min } from 'class-validator';
import { EmailAddress, Nullable, TrimmedString } from '@app/platform';
import { TIME_PATTERN } from './festival-day';
import { EndsAfterStart } from './ends-after-start';
import { SESSION_KINDS } from './festival-session.entity';
import type { SessionKind } from './festival-session.entity';

export const MAX_SPEAKERS = 20;

export class SpeakerDto {
  @TrimmedString({ max: 120, example: 'TS. Nguyễn Văn An' })
  name!: string;

  @TrimmedString({ min: 0, max: 200, example: 'Giám đốc Sở Khoa học và Công nghệ' })
  title!: string;

  /** Mails the speaker the session's changes, its cancellation and the programme. */
  @Nullable({ type: String, format: 'email', description: 'Organizers only; null: not mailed' })
  @EmailAddress()
  email?: string | null;
}

/** A session, as created and as replaced (PUT sends it whole). */
export class FestivalSessionDto {
  @IsIn(SESSION_KINDS)
  @ApiProperty({ enum: SESSION_KINDS })
  kind!: SessionKind;

  @TrimmedString({ max: 200, example: 'Tọa đàm: Chuyển đổi số trong nông nghiệp' })
  titleVi!: string;

  @TrimmedString({ max: 200, example: 'Seminar: digital farming' })
  titleEn!: string;

  @Matches(TIME_PATTERN)
  @ApiProperty({ example: '08:00', description: 'HH:MM on the festival day, Vietnam time' })
  startTime!: string;

  @Matches(TIME_PATTERN)
  @EndsAfterStart()
  @ApiProperty({ example: '09:30', description: 'HH:MM after startTime, the same day' })
  endTime!: string;

  @TrimmedString({ max: 120, nullable: true, example: 'Hội trường A' })
  room?: string | null;

  @IsArray()
  @ArrayMaxSize(MAX_SPEAKERS)
  @ValidateNested({ each: true })
  @Type(() => SpeakerDto)
  @ApiProperty({ type: [SpeakerDto] })
  speakers!: SpeakerDto[];

  @TrimmedString({ max: 2000, nullable: true })
  descriptionVi?: string | null;

  @TrimmedString({ max: 2000, nullable: true })
  descriptionEn?: string | null;

  /** Seats for registered guests; null or absent: no limit. */
  @Nullable({ type: Number, minimum: 1, maximum: 100000 })
  @IsInt()
  @Min(1)
  @Max(100000)
  capacity?: number | null;
}
