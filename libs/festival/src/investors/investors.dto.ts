import { ApiProperty } from '@nestjs/swagger';
import { IsIn, Matches } from 'class-validator';
import { Flag, NullableUuid, TrimmedString, Uuid } from '@app/platform';
import { TIME_PATTERN } from '../programme/festival-day';
import { EndsAfterStart } from '../programme/ends-after-start';
import { INVESTOR_KINDS } from './investor-profile.entity';
import type { InvestorKind } from './investor-profile.entity';

/** An account's investor application, sent again to change it (then decided again). */
export class InvestorProfileDto {
  @TrimmedString({ max: 200, example: 'Quỹ Đầu tư Khởi nghiệp Sáng tạo Quảng Ngãi' })
  organisation!: string;

  @IsIn(INVESTOR_KINDS)
  @ApiProperty({ enum: INVESTOR_KINDS })
  kind!: InvestorKind;

  @TrimmedString({ max: 500, example: 'Nông nghiệp công nghệ cao, du lịch, chuyển đổi số' })
  interests!: string;
}

/** The organizers' decision on an investor application. */
export class InvestorDecisionDto {
  @Flag()
  approve!: boolean;
}

/** A meeting slot of the festival day. */
export class MeetingSlotDto {
  @Matches(TIME_PATTERN)
  @ApiProperty({ example: '14:00', description: 'HH:MM on the festival day, Vietnam time' })
  startTime!: string;

  @Matches(TIME_PATTERN)
  @EndsAfterStart()
  @ApiProperty({ example: '14:20', description: 'HH:MM after startTime, the same day' })
  endTime!: string;

  @TrimmedString({ max: 120, example: 'Bàn 3, sảnh B' })
  place!: string;
}

/**
 * A meeting request: a festival slot (`slotId`) or "later" (`laterNote`, when and how),
 * exactly one of the two; the service names the field when both or neither come.
 */
export class RequestMeetingDto {
  @Uuid()
  entryId!: string;

  @NullableUuid()
  slotId?: string | null;

  @TrimmedString({ max: 300, nullable: true, example: 'Gặp tại văn phòng quỹ trong tháng 1/2027' })
  laterNote?: string | null;

  @TrimmedString({ max: 1000, example: 'Quỹ quan tâm đến mô hình kinh doanh của nhóm.' })
  message!: string;
}

/** The team's answer to a meeting request. */
export class AnswerMeetingDto {
  @Flag()
  accept!: boolean;
}
