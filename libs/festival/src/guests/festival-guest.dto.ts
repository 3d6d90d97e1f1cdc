import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsUUID, Matches } from 'class-validator';
import { EmailAddress, Optional, TrimmedString } from '@app/platform';

/** A guest's registration for the festival day: who, how to reach them, which sessions. */
export class RegisterGuestDto {
  @TrimmedString({ max: 120, example: 'Trần Thị Mai' })
  fullName!: string;

  @TrimmedString({ max: 200, nullable: true, example: 'Công ty CP Nông sản Quảng Ngãi' })
  organisation?: string | null;

  @EmailAddress()
  email!: string;

  /** Digits, spaces, dots, dashes, an optional leading +. */
  @TrimmedString({ max: 20, nullable: true, example: '0905 123 456' })
  @Matches(/^\+?[0-9 .-]{6,20}$/)
  phone?: string | null;

  /** Sessions of this festival to attend; none is fine (the exhibition needs no seat). */
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  @ApiProperty({ type: [String], format: 'uuid' })
  sessionIds!: string[];

  /** The language of the guest's mails. */
  @Optional()
  @IsIn(['vi', 'en'])
  @ApiProperty({ enum: ['vi', 'en'], required: false })
  locale?: 'vi' | 'en';
}
