import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsISO8601,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { TrimmedString } from '@app/platform';

/** A scanned token or a typed short code. */
export class ScanDto {
  @TrimmedString({ max: 64, example: 'KQ7M-X3PA' })
  code!: string;
}

/** Device-made identifiers: letters, digits, `-` and `_` (a UUID fits). */
const DEVICE_ID = /^[A-Za-z0-9_-]{8,64}$/;

/** One admission decided offline: its nonce (made once per scan), the code, and when. */
export class OfflineScanDto {
  @IsString()
  @Matches(DEVICE_ID)
  @ApiProperty({ example: '2f1c3d0e-7a0b-4c55-9a3e-1f7e0c2b9d41' })
  nonce!: string;

  @IsString()
  @MaxLength(64)
  @ApiProperty({ example: 'KQ7MX3PA' })
  code!: string;

  @IsISO8601({ strict: true })
  @ApiProperty({ example: '2026-12-20T01:12:00.000Z' })
  scannedAt!: string;
}

/** A device's queue of offline admissions; uploading it again changes nothing. */
export class SyncScansDto {
  @IsString()
  @Matches(DEVICE_ID)
  @ApiProperty({ example: 'door-a-phone-1' })
  deviceId!: string;

  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => OfflineScanDto)
  @ApiProperty({ type: [OfflineScanDto] })
  scans!: OfflineScanDto[];
}
