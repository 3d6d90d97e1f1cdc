import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { INVESTOR_KINDS, INVESTOR_STATUSES, MEETING_STATUSES } from '@app/festival';
import type {
  InvestorFinalistResponse,
  InvestorKind,
  InvestorProfileResponse,
  InvestorStatus,
  MeetingBoardResponse,
  MeetingResponse,
  MeetingSlotResponse,
  MeetingStatus,
} from '@app/festival';

/**
 * Response classes of the investor connection, each `implements` the domain's type so
 * the compiler refuses one that falls behind the service.
 */

export class InvestorProfileResponseDto implements InvestorProfileResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty() organisation!: string;
  @ApiProperty({ enum: INVESTOR_KINDS }) kind!: InvestorKind;
  @ApiProperty() interests!: string;
  @ApiProperty({ enum: INVESTOR_STATUSES }) status!: InvestorStatus;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' })
  decidedAt!: string | null;
}

export class InvestorFinalistResponseDto implements InvestorFinalistResponse {
  @ApiProperty({ format: 'uuid' }) entryId!: string;
  @ApiProperty() code!: string;
  @ApiProperty() title!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) teamName!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) summary!: string | null;
  @ApiProperty({ format: 'uuid' }) categoryId!: string;
}

export class MeetingSlotResponseDto implements MeetingSlotResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ pattern: '^\\d{2}:\\d{2}$' }) startTime!: string;
  @ApiProperty({ pattern: '^\\d{2}:\\d{2}$' }) endTime!: string;
  @ApiProperty() place!: string;
  @ApiProperty({ description: 'Held by a pending or accepted request' }) taken!: boolean;
}

class MeetingSlotRef implements NonNullable<MeetingResponse['slot']> {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ pattern: '^\\d{2}:\\d{2}$' }) startTime!: string;
  @ApiProperty({ pattern: '^\\d{2}:\\d{2}$' }) endTime!: string;
  @ApiProperty() place!: string;
}

export class MeetingResponseDto implements MeetingResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: MEETING_STATUSES }) status!: MeetingStatus;
  @ApiProperty({ format: 'uuid' }) entryId!: string;
  @ApiProperty() entryCode!: string;
  @ApiProperty() entryTitle!: string;
  @ApiProperty() investorName!: string;
  @ApiProperty() organisation!: string;
  @ApiPropertyOptional({ nullable: true, type: MeetingSlotRef, description: 'null: later' })
  slot!: MeetingSlotRef | null;
  @ApiPropertyOptional({ nullable: true, type: String }) laterNote!: string | null;
  @ApiProperty() message!: string;
  @ApiProperty({ format: 'date-time' }) requestedAt!: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' })
  answeredAt!: string | null;
}

export class MeetingBoardResponseDto implements MeetingBoardResponse {
  @ApiProperty({ type: [MeetingResponseDto] }) requests!: MeetingResponseDto[];
  @ApiProperty({
    type: [MeetingResponseDto],
    description: 'Accepted meetings at festival slots, in time order',
  })
  day!: MeetingResponseDto[];
}
