import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SESSION_KINDS } from '@app/festival';
import type {
  BoothCandidate,
  FestivalBoothResponse,
  FestivalResponse,
  FestivalSessionResponse,
  ProgrammeMailResponse,
  SessionKind,
  Speaker,
} from '@app/festival';

/**
 * Response classes of the festival routes, each `implements` the domain's type so the
 * compiler refuses one that falls behind the service.
 */

class SpeakerResponse implements Speaker {
  @ApiProperty() name!: string;
  @ApiProperty() title!: string;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    format: 'email',
    description: 'Organizers only; the public never gets it',
  })
  email?: string | null;
}

export class FestivalSessionResponseDto implements FestivalSessionResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: SESSION_KINDS }) kind!: SessionKind;
  @ApiProperty() titleVi!: string;
  @ApiProperty() titleEn!: string;
  @ApiProperty({ pattern: '^\\d{2}:\\d{2}$', description: 'Vietnam time on the festival day' })
  startTime!: string;
  @ApiProperty({ pattern: '^\\d{2}:\\d{2}$' }) endTime!: string;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ format: 'date-time' }) endsAt!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) room!: string | null;
  @ApiProperty({ type: [SpeakerResponse] }) speakers!: Speaker[];
  @ApiPropertyOptional({ nullable: true, type: String }) descriptionVi!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) descriptionEn!: string | null;
  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    description: 'Seats for guests; null: no limit (later guests join a waiting line)',
  })
  capacity!: number | null;
}

class BoothFieldResponse {
  @ApiProperty() key!: string;
  @ApiProperty() nameVi!: string;
  @ApiProperty() nameEn!: string;
}

export class FestivalBoothResponseDto implements FestivalBoothResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() number!: string;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    format: 'uuid',
    description: 'Organizers only; the public reads `entryCode`',
  })
  entryId?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) entryCode!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) team!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) idea!: string | null;
  @ApiPropertyOptional({ nullable: true, type: BoothFieldResponse })
  field!: FestivalBoothResponse['field'];
  @ApiProperty() partner!: boolean;
}

export class FestivalResponseDto implements FestivalResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) contestId!: string;
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiProperty() venue!: string;
  @ApiProperty() nameVi!: string;
  @ApiProperty() nameEn!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) descriptionVi!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) descriptionEn!: string | null;
  @ApiProperty() published!: boolean;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' })
  publishedAt!: string | null;
  @ApiProperty({ type: [FestivalSessionResponseDto] }) sessions!: FestivalSessionResponse[];
  @ApiProperty({ type: [FestivalBoothResponseDto] }) booths!: FestivalBoothResponse[];
}

export class BoothCandidateResponse implements BoothCandidate {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() title!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) team!: string | null;
}

export class ProgrammeMailResponseDto implements ProgrammeMailResponse {
  @ApiProperty({ type: 'integer', description: 'Mails written now (0 when sent before unchanged)' })
  mailed!: number;
  @ApiProperty({ type: 'integer', description: 'Finalist members, judges and guests it goes to' })
  recipients!: number;
}
