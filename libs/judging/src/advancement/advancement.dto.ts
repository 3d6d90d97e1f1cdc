import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { TrimmedString, Uuid } from '@app/platform';
import { OverrideDecision } from './advancement-override.entity';

/** An organizer's departure from the proposal; it counts once a second organizer confirms it. */
export class ProposeOverrideDto {
  @Uuid()
  entryId!: string;

  @IsIn(Object.values(OverrideDecision))
  @ApiProperty({ enum: OverrideDecision })
  decision!: OverrideDecision;

  @TrimmedString({
    max: 2000,
    example: 'Bài có tiềm năng thương mại rõ, giám khảo thống nhất đề xuất.',
  })
  reason!: string;
}
