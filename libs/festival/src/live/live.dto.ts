import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsInt, IsUUID, Max, Min } from 'class-validator';

/** A category's pitch order set by organizers: every finalist of the category, once. */
export class SetPitchOrderDto {
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsUUID('4', { each: true })
  @ApiProperty({ type: [String], description: 'Entry ids, the first to pitch first' })
  entryIds!: string[];
}

/** The pitch timer, from the contest's rules (e.g. 8 minutes pitch + 10 minutes questions). */
export class PitchTimerDto {
  @IsInt()
  @Min(1)
  @Max(60)
  @ApiProperty({ example: 8 })
  pitchMinutes!: number;

  @IsInt()
  @Min(0)
  @Max(60)
  @ApiProperty({ example: 10 })
  questionMinutes!: number;
}
