import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { Optional } from '@app/platform';

export class CastVoteDto {
  @IsUUID('4')
  @ApiProperty({ description: 'The finalist entry voted for' })
  entryId!: string;

  /** A badge's one-time code; without it the signed-in account votes. */
  @Optional()
  @IsString()
  @MaxLength(40)
  @ApiPropertyOptional({ example: 'K7QD-3MZA-9XWP' })
  code?: string;
}

export class MakeVoteCodesDto {
  @IsInt()
  @Min(1)
  @Max(5000)
  @ApiProperty({ example: 300, description: 'How many badge codes to make' })
  count!: number;
}
