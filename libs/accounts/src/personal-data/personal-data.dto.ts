import { ApiProperty } from '@nestjs/swagger';
import { Equals } from 'class-validator';
import { Flag, RawString, TrimmedString } from '@app/platform';

/** Deleting one's own account: the current password and an explicit `confirm: true`. */
export class DeleteAccountDto {
  @RawString({ max: 1024 })
  password!: string;

  @Flag()
  @Equals(true, { message: '$property must be true' })
  confirm!: boolean;
}

/** An administrator's erasure on a written request, whose reference is recorded. */
export class EraseUserDto {
  @TrimmedString({
    min: 3,
    max: 500,
    example: 'Đơn yêu cầu xoá dữ liệu số 12/2026 ngày 04/12/2026',
  })
  reason!: string;

  @Flag()
  @Equals(true, { message: '$property must be true' })
  confirm!: boolean;
}

/** The export document (GET /me/data); the README describes every section. */
export class PersonalDataExportResponse {
  @ApiProperty({ example: 'personal-data-export/1' }) format!: string;
  @ApiProperty({ example: '2026-12-04T20:56:00+07:00' }) generatedAt!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'profile, consent, sessions, account history',
  })
  account!: Record<string, unknown>;
  @ApiProperty({
    type: 'array',
    items: { type: 'object' },
    description: 'mails sent or to be sent to the person',
  })
  mails!: unknown[];
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'entries led and entries belonged to',
  })
  entries!: Record<string, unknown>;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'judge invitations, conflicts, scores',
  })
  judging!: Record<string, unknown>;
}
