import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RANKING_METHODS } from '@app/contests';
import type { RankingMethod } from '@app/contests';
import { WithdrawalOutcome } from '@app/results';
import { PrizeResponseDto } from './contest-response.dto';
import type {
  ConfirmWithdrawalResponse,
  WithdrawalResponse,
  AnnouncementProgress,
  AnnouncementResult,
  AwardedEntryResponse,
  AwardResponse,
  AwardsView,
  AwardWithEntry,
  ConfirmChangeResponse,
  PrizeAwardsView,
  ProposedSeatView,
  RankingRowView,
} from '@app/results';

/**
 * Response classes of the prize, award and announcement routes. Each `implements` the
 * service's interface, so a field added there and not here fails the type check. A
 * prize is the contest's own (PrizeResponseDto, beside the contest's responses).
 */
export { PrizeResponseDto };
const AWARD_STATES = ['pending', 'confirmed', 'superseded', 'withdrawn'];

export class AwardResponseDto implements AwardResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) prizeId!: string;
  @ApiProperty({ format: 'uuid' }) entryId!: string;
  @ApiProperty({ enum: AWARD_STATES, description: '`pending`: waiting for a second organizer' })
  state!: AwardResponse['state'];
  @ApiPropertyOptional({ nullable: true, type: Number }) seat!: number | null;
  @ApiProperty() fromProposal!: boolean;
  @ApiPropertyOptional({ nullable: true, type: String }) reason!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid' }) replacesAwardId!:
    string | null;
  @ApiProperty({ format: 'uuid' }) proposedBy!: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid' }) confirmedBy!:
    string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) confirmedAt!:
    string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid' }) supersededBy!:
    string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) supersededAt!:
    string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class ConfirmChangeResponseDto extends AwardResponseDto implements ConfirmChangeResponse {
  @ApiPropertyOptional({
    nullable: true,
    type: AwardResponseDto,
    description: 'The confirmed award it took the place of, now superseded; null: none',
  })
  replaced!: AwardResponseDto | null;
}

export class AwardedEntryResponseDto implements AwardedEntryResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() title!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) teamName!: string | null;
  @ApiProperty({ format: 'uuid' }) categoryId!: string;
}

export class WithdrawalResponseDto implements WithdrawalResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) awardId!: string;
  @ApiProperty({
    enum: ['pending', ...Object.values(WithdrawalOutcome)],
    description: '`pending`: waiting for a second organizer, the award still stands',
  })
  state!: WithdrawalResponse['state'];
  @ApiProperty() reason!: string;
  @ApiProperty({ format: 'uuid' }) proposedBy!: string;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'uuid' }) decidedBy!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'date-time' })
  decidedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class AwardWithdrawalResponse extends WithdrawalResponseDto {
  @ApiPropertyOptional({ type: String, nullable: true }) proposedByName!: string | null;
}

export class ConfirmWithdrawalResponseDto
  extends WithdrawalResponseDto
  implements ConfirmWithdrawalResponse
{
  @ApiProperty({
    type: AwardResponseDto,
    description: 'The award as it now stands: out of its seat, kept as history',
  })
  award!: AwardResponseDto;
}

export class AwardWithEntryResponse extends AwardResponseDto implements AwardWithEntry {
  @ApiPropertyOptional({
    type: AwardWithdrawalResponse,
    nullable: true,
    description:
      'For a confirmed award, the withdrawal waiting for a second organizer; for a withdrawn one, the withdrawal that took it back. Null otherwise',
  })
  withdrawal!: AwardWithdrawalResponse | null;
  @ApiPropertyOptional({ nullable: true, type: AwardedEntryResponseDto })
  entry!: AwardedEntryResponseDto | null;
  @ApiPropertyOptional({
    nullable: true,
    type: AwardedEntryResponseDto,
    description: 'For a pending replacement: the entry whose award it would end',
  })
  replacesEntry!: AwardedEntryResponseDto | null;
}

export class ProposedSeatResponse implements ProposedSeatView {
  @ApiProperty() seat!: number;
  @ApiPropertyOptional({ nullable: true, type: AwardedEntryResponseDto })
  entry!: AwardedEntryResponseDto | null;
  @ApiProperty() total!: number;
  @ApiProperty() rank!: number;
  @ApiProperty() tiedAtCutOff!: boolean;
  @ApiProperty({ description: 'The entry holds this prize already' }) confirmed!: boolean;
}

export class PrizeAwardsResponse extends PrizeResponseDto implements PrizeAwardsView {
  @ApiProperty({ type: [ProposedSeatResponse] }) proposal!: ProposedSeatResponse[];
  @ApiProperty({ type: [AwardWithEntryResponse] }) confirmed!: AwardWithEntryResponse[];
  @ApiProperty({ type: [AwardWithEntryResponse], description: 'Waiting, not in effect' })
  pending!: AwardWithEntryResponse[];
  @ApiProperty({ description: 'Places still free (quantity minus confirmed)' }) free!: number;
}

export class RankingRowResponse implements RankingRowView {
  @ApiPropertyOptional({ nullable: true, type: AwardedEntryResponseDto })
  entry!: AwardedEntryResponseDto | null;
  @ApiProperty() categoryKey!: string;
  @ApiPropertyOptional({ nullable: true, type: Number }) total!: number | null;
  @ApiProperty() reviews!: number;
}

export class FinalRoundResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() nameVi!: string;
  @ApiProperty() nameEn!: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) decidedAt!:
    string | null;
}

export class AwardsViewResponse implements AwardsView {
  @ApiProperty({ format: 'uuid' }) contestId!: string;
  @ApiPropertyOptional({
    nullable: true,
    type: FinalRoundResponse,
    description: 'Null: the contest has none',
  })
  finalRound!: FinalRoundResponse | null;
  @ApiProperty({ description: 'Awarding is open: the final round is decided' }) open!: boolean;
  @ApiProperty({ enum: RANKING_METHODS }) method!: RankingMethod;
  @ApiProperty() rankingReady!: boolean;
  @ApiProperty({ type: [PrizeAwardsResponse] }) prizes!: PrizeAwardsResponse[];
  @ApiProperty({ type: [RankingRowResponse], description: 'Best first' })
  ranking!: RankingRowResponse[];
  @ApiProperty({ type: [AwardWithEntryResponse], description: 'Every award ever written' })
  history!: AwardWithEntryResponse[];
}

export class AnnouncementResultResponse implements AnnouncementResult {
  @ApiProperty({ description: '1 for the announcement, more for each correction' })
  version!: number;
  @ApiProperty() changedEntries!: number;
  @ApiProperty() mails!: number;
}

export class AnnouncementProgressResponse implements AnnouncementProgress {
  @ApiProperty({ format: 'uuid' }) contestId!: string;
  @ApiProperty() version!: number;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) announcedAt!:
    string | null;
  @ApiProperty() total!: number;
  @ApiProperty({ description: 'Written and not yet accepted by the mail server' }) queued!: number;
  @ApiProperty() sent!: number;
  @ApiProperty() failed!: number;
  @ApiProperty({ description: 'Every mail has an outcome: sent or failed' }) done!: boolean;
}

export class RetriedResponse {
  @ApiProperty() retried!: number;
}
