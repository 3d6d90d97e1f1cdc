import { foldVietnamese } from '@app/platform';
import type { Entry } from '../entries/entry.entity';
import type { TeamMember } from '../members/team-member.entity';

// A line break between fields, so a query never matches across two of them by accident.
const FIELD_SEPARATOR = '\n';

function fold(...fields: Array<string | null | undefined>): string {
  return fields
    .filter((field): field is string => !!field)
    .map(foldVietnamese)
    .join(FIELD_SEPARATOR);
}

/** The folded columns of an entry; written with every change of code, title, team name, district or commune. */
export function entrySearchColumns(
  entry: Pick<Entry, 'code' | 'title' | 'teamName' | 'district' | 'commune'>,
): Pick<Entry, 'searchText' | 'searchDistrict' | 'searchCommune'> {
  return {
    searchText: fold(entry.code, entry.title, entry.teamName),
    searchDistrict: entry.district ? foldVietnamese(entry.district) : null,
    searchCommune: entry.commune ? foldVietnamese(entry.commune) : null,
  };
}

/** The folded column of a team member; written with every change of name or e-mail. */
export function memberSearchText(member: Pick<TeamMember, 'fullName' | 'email'>): string {
  return fold(member.fullName, member.email);
}
