import { toTeamMemberResponse } from '../entries/entry.mapper';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Category, ContestField } from '@app/contests';
import { toVietnamIsoOrNull } from '@app/platform';
import type { Entry } from '../entries/entry.entity';
import type { TeamMember } from '../members/team-member.entity';

export class ListedMember {
  @ApiProperty() fullName!: string;
  @ApiProperty() email!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) dateOfBirth!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) gender!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) organization!: string | null;
  @ApiProperty({ enum: ['leader', 'member'] }) role!: string;
}

export class ListedLabel {
  @ApiProperty() key!: string;
  @ApiProperty() nameVi!: string;
  @ApiProperty() nameEn!: string;
}

export class ListedEntry {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'QNG5-0042' }) code!: string;
  @ApiProperty() status!: string;
  @ApiPropertyOptional({ type: ListedLabel, nullable: true }) category!: ListedLabel | null;
  @ApiPropertyOptional({ type: ListedLabel, nullable: true }) field!: ListedLabel | null;
  @ApiProperty() title!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) teamName!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) organization!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) district!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) commune!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) submittedAt!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) screenedAt!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) screeningReason!: string | null;
  @ApiProperty({ type: [ListedMember] }) members!: ListedMember[];
}

export class EntryPageResponse {
  @ApiProperty({ type: [ListedEntry] }) items!: ListedEntry[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  /** Entries matching every filter. */
  @ApiProperty() total!: number;
  /** Entries per status under every filter except `status`. */
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    example: { submitted: 12, eligible: 30 },
  })
  countsByStatus!: Record<string, number>;
}

/** Labels of the contest's categories and fields, looked up once per request. */
export interface ContestLabels {
  categories: Map<string, Category>;
  fields: Map<string, ContestField>;
}

export function toListedMember(member: TeamMember): ListedMember {
  return toTeamMemberResponse(member);
}

export function toListedEntry(
  entry: Entry,
  members: TeamMember[],
  labels: ContestLabels,
): ListedEntry {
  const category = labels.categories.get(entry.categoryId);
  const field = entry.fieldKey ? labels.fields.get(entry.fieldKey) : undefined;
  return {
    id: entry.id,
    code: entry.code,
    status: entry.status,
    category: category
      ? { key: category.key, nameVi: category.nameVi, nameEn: category.nameEn }
      : null,
    field: field
      ? { key: field.key, nameVi: field.labelVi, nameEn: field.labelEn }
      : entry.fieldKey
        ? { key: entry.fieldKey, nameVi: entry.fieldKey, nameEn: entry.fieldKey }
        : null,
    title: entry.title,
    teamName: entry.teamName,
    organization: entry.organization,
    district: entry.district,
    commune: entry.commune,
    submittedAt: toVietnamIsoOrNull(entry.submittedAt),
    screenedAt: toVietnamIsoOrNull(entry.screenedAt),
    screeningReason: entry.screeningReason,
    members: members.map(toListedMember),
  };
}
