import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  CategoryOrderView,
  HallPitch,
  HallPrize,
  HallState,
  HallTallyLine,
  HallTeam,
  PitchOrderView,
  PitchView,
  VoteAuditRow,
  VoteAuditView,
  VoteCodesView,
  VoteReceipt,
} from '@app/festival';

/**
 * Response classes of the live final routes (pitch order, hall screen, people's choice),
 * each `implements` the domain's type so the compiler refuses one that falls behind the
 * service.
 */

const CLOCK = { pattern: '^\\d{2}:\\d{2}$' };

export class PitchResponse implements PitchView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) position!: number;
  @ApiProperty({ format: 'uuid' }) entryId!: string;
  @ApiProperty() code!: string;
  @ApiProperty() title!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) team!: string | null;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    ...CLOCK,
    description: 'When the team is expected on stage (Vietnam time); null without a final session',
  })
  slot!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' })
  openedAt!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' })
  closedAt!: string | null;
}

export class CategoryOrderResponse implements CategoryOrderView {
  @ApiProperty({ format: 'uuid' }) categoryId!: string;
  @ApiProperty() nameVi!: string;
  @ApiProperty() nameEn!: string;
  @ApiPropertyOptional({ nullable: true, type: String, enum: ['drawn', 'set'] })
  madeBy!: 'drawn' | 'set' | null;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'The seed of a drawn order, to check the draw',
  })
  seed!: string | null;
  @ApiProperty({ type: [PitchResponse] }) pitches!: PitchView[];
}

export class PitchOrderResponse implements PitchOrderView {
  @ApiProperty({ type: 'integer' }) pitchMinutes!: number;
  @ApiProperty({ type: 'integer' }) questionMinutes!: number;
  @ApiProperty({ type: [CategoryOrderResponse] }) categories!: CategoryOrderView[];
}

class HallTeamResponse implements HallTeam {
  @ApiProperty() code!: string;
  @ApiProperty() title!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) team!: string | null;
}

class HallPitchResponse extends HallTeamResponse implements HallPitch {
  @ApiProperty({ type: 'integer' }) position!: number;
  @ApiProperty({ type: 'integer', description: 'Pitches in the category' }) of!: number;
  @ApiProperty() categoryVi!: string;
  @ApiProperty() categoryEn!: string;
  @ApiProperty({ format: 'date-time' }) openedAt!: string;
  @ApiProperty({ type: 'integer' }) pitchSeconds!: number;
  @ApiProperty({ type: 'integer' }) questionSeconds!: number;
}

class HallPrizeResponse implements HallPrize {
  @ApiProperty() nameVi!: string;
  @ApiProperty() nameEn!: string;
  @ApiProperty({ type: [HallTeamResponse] }) winners!: HallTeam[];
}

class HallTallyLineResponse extends HallTeamResponse implements HallTallyLine {
  @ApiProperty({ type: 'integer' }) votes!: number;
}

export class HallStateResponse implements HallState {
  @ApiProperty({ format: 'uuid' }) festivalId!: string;
  @ApiProperty() nameVi!: string;
  @ApiProperty() nameEn!: string;
  @ApiProperty({ format: 'date-time', description: 'The server clock when read' })
  serverTime!: string;
  @ApiPropertyOptional({
    nullable: true,
    type: HallPitchResponse,
    description: 'The open pitch; null between pitches',
  })
  pitch!: HallPitch | null;
  @ApiProperty({ description: 'Every pitch of the order is closed' }) finished!: boolean;
  @ApiProperty({ type: [HallPrizeResponse], description: 'Revealed so far, smallest first' })
  prizes!: HallPrize[];
  @ApiProperty({ type: 'integer' }) prizesLeft!: number;
  @ApiProperty({ enum: ['not_open', 'open', 'closed'] }) voting!: HallState['voting'];
  @ApiPropertyOptional({
    nullable: true,
    type: [HallTallyLineResponse],
    description: 'Most votes first, once revealed',
  })
  tally!: HallTallyLine[] | null;
}

export class VoteReceiptResponse implements VoteReceipt {
  @ApiProperty({ format: 'uuid' }) entryId!: string;
  @ApiProperty() code!: string;
  @ApiProperty({ type: 'integer', description: 'Times this voter changed their choice' })
  changes!: number;
}

export class VoteCodesResponse implements VoteCodesView {
  @ApiProperty({ type: [String] }) codes!: string[];
}

class VoteAuditRowResponse implements VoteAuditRow {
  @ApiProperty({ description: '`user:<id>` or `code:<id>`' }) voter!: string;
  @ApiProperty() entryCode!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) previousEntryCode!: string | null;
  @ApiProperty({ format: 'date-time' }) castAt!: string;
}

export class VoteAuditResponse implements VoteAuditView {
  @ApiProperty({ type: [VoteAuditRowResponse] }) casts!: VoteAuditRow[];
  @ApiProperty({ type: 'integer' }) voters!: number;
}
