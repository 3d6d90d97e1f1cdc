import { ApiProperty } from '@nestjs/swagger';
import type { ContestStatistics } from './report-statistics.service';

export class GroupCountResponse {
  @ApiProperty({ nullable: true, type: String, description: 'null: not given on the entry' })
  key!: string | null;
  @ApiProperty() count!: number;
}

export class NamedCountResponse extends GroupCountResponse {
  @ApiProperty({ nullable: true, type: String }) nameVi!: string | null;
  @ApiProperty({ nullable: true, type: String }) nameEn!: string | null;
}

export class JudgeProgressResponse {
  @ApiProperty() judgeUserId!: string;
  @ApiProperty({ nullable: true, type: String }) fullName!: string | null;
  @ApiProperty({ description: 'assignments with a submitted score' }) scored!: number;
  @ApiProperty({ description: 'assignments held (released ones are not)' }) total!: number;
}

export class RoundStatisticsResponse {
  @ApiProperty() id!: string;
  @ApiProperty() position!: number;
  @ApiProperty() nameVi!: string;
  @ApiProperty() nameEn!: string;
  @ApiProperty({ nullable: true, type: Date }) decidedAt!: Date | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    example: { advanced: 12, notAdvanced: 30, pending: 0 },
  })
  outcomes!: { advanced: number; notAdvanced: number; pending: number };
  @ApiProperty({ type: [JudgeProgressResponse] }) judges!: JudgeProgressResponse[];
}

export class DailySubmissionsResponse {
  @ApiProperty({ example: '2026-11-26', description: 'a day in Vietnam time' }) day!: string;
  @ApiProperty() count!: number;
  @ApiProperty() cumulative!: number;
}

/** The numbers of the statistics page; every count is of received entries unless said. */
export class ContestStatisticsResponse {
  @ApiProperty({ example: { id: '…', slug: 'khoi-nghiep-2026', status: 'judging' } })
  contest!: ContestStatistics['contest'];
  @ApiProperty({ description: 'entries submitted and not withdrawn' }) received!: number;
  @ApiProperty({ description: 'team members of the received entries' }) members!: number;
  @ApiProperty({ type: [GroupCountResponse], description: 'every entry, drafts too' })
  byStatus!: GroupCountResponse[];
  @ApiProperty({ type: [NamedCountResponse] }) byCategory!: NamedCountResponse[];
  @ApiProperty({ type: [NamedCountResponse] }) byField!: NamedCountResponse[];
  @ApiProperty({ type: [GroupCountResponse] }) byApplicantType!: GroupCountResponse[];
  @ApiProperty({ type: [GroupCountResponse], description: 'team members' })
  byGender!: GroupCountResponse[];
  @ApiProperty({ type: [GroupCountResponse] }) byDistrict!: GroupCountResponse[];
  @ApiProperty({ type: [GroupCountResponse] }) byCommune!: GroupCountResponse[];
  @ApiProperty({ type: [GroupCountResponse] }) bySchool!: GroupCountResponse[];
  @ApiProperty({ type: [RoundStatisticsResponse] }) rounds!: RoundStatisticsResponse[];
  @ApiProperty({ type: [DailySubmissionsResponse] }) submissionsByDay!: DailySubmissionsResponse[];
}

export function toContestStatisticsResponse(stats: ContestStatistics): ContestStatisticsResponse {
  return {
    ...stats,
    contest: {
      id: stats.contest.id,
      slug: stats.contest.slug,
      codePrefix: stats.contest.codePrefix,
      nameVi: stats.contest.nameVi,
      nameEn: stats.contest.nameEn,
      status: stats.contest.status,
      registrationOpensAt: stats.contest.registrationOpensAt,
      submissionDeadline: stats.contest.submissionDeadline,
    },
  };
}
